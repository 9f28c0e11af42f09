package org.fieldbook.app.ui;

import org.fieldbook.support.ui.FirstFocus;
import org.fieldbook.support.ui.FormGrid;
import org.fieldbook.support.ui.I18n;
import org.fieldbook.support.ui.Theme;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.fieldbook.support.Language;
import org.fieldbook.support.Settings;
import org.fieldbook.sync.imports.BackupPolicy;
import org.fieldbook.sync.imports.BackupSummary;

/**
 * Settings: the interface language (takes effect at the next start, and says so) and light or dark theme
 * (previewed live while the dialog is open; Cancel puts the old one back); and, for information, the rule that keeps
 * the pre-import backups ({@link BackupPolicy}), where they are and the space they take.
 */
public final class SettingsDialog extends Dialog<Settings> {
    public SettingsDialog(Window owner, I18n i18n, Settings current, BackupSummary backups) {
        this(owner, i18n, current, backups, org.fieldbook.person.Retention.DEFAULT_YEARS);
    }

    /** As above, with the retention rule for personal data ({@code retentionYears}, set by the office). */
    public SettingsDialog(Window owner, I18n i18n, Settings current, BackupSummary backups, int retentionYears) {
        this(owner, i18n, current, backups, retentionYears, null);
    }

    /** As above, with more sections below (the window gives the export folder and the keys), when given. */
    public SettingsDialog(Window owner, I18n i18n, Settings current, BackupSummary backups, int retentionYears, Node keys) {
        if (owner != null) {
            initOwner(owner);
        }
        Theme.apply(getDialogPane());
        setTitle(i18n.t("settings.title"));
        setHeaderText(i18n.t("settings.header"));
        ComboBox<Language> language = new ComboBox<>(FXCollections.observableArrayList(Language.values()));
        language.setId("settingsLanguage");
        language.setValue(current.language());
        language.setConverter(i18n.labels());
        language.setAccessibleText(i18n.t("settings.language"));
        language.setMaxWidth(Double.MAX_VALUE);
        Label restart = new Label(i18n.t("settings.language.restart"));
        restart.setId("settingsRestartHint");
        restart.setWrapText(true);
        restart.setMinHeight(Region.USE_PREF_SIZE);
        restart.setMaxWidth(420);
        restart.getStyleClass().add("text-muted");
        ComboBox<org.fieldbook.support.Theme> theme = new ComboBox<>(
                FXCollections.observableArrayList(org.fieldbook.support.Theme.values()));
        theme.setId("settingsTheme");
        theme.setValue(current.theme());
        theme.setConverter(i18n.labels());
        theme.setAccessibleText(i18n.t("settings.theme"));
        theme.setMaxWidth(Double.MAX_VALUE);
        theme.valueProperty().addListener((o, a, t) -> Theme.use(t));
        FormGrid form = new FormGrid();
        form.add("language", i18n.t("settings.language"), language);
        form.add("theme", i18n.t("settings.theme"), theme);
        Label retention = new Label(i18n.t("settings.retention", retentionYears));
        retention.setId("settingsRetention");
        retention.setWrapText(true);
        Label autosave = new Label(i18n.t("settings.autosave",
                org.fieldbook.note.ui.NoteEditorModel.AUTOSAVE_DELAY_MS / 1000.0,
                org.fieldbook.profile.ui.ProfileEditorView.AUTOSAVE_DELAY_MS / 1000.0));
        autosave.setId("settingsAutosave");
        autosave.setWrapText(true);
        autosave.setMinHeight(Region.USE_PREF_SIZE);
        autosave.getStyleClass().add("text-muted");
        VBox box = new VBox(10, form, restart, autosave, backups(i18n, backups), retention);
        if (keys != null) {
            box.getChildren().add(keys);
        }
        box.setPrefWidth(560);
        box.setPadding(new javafx.geometry.Insets(0, 12, 0, 0));
        // at 1366×768 the sections are taller than the screen: they scroll, the buttons stay
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        getDialogPane().setContent(scroll);
        ButtonType ok = new ButtonType(i18n.t("action.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.t("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(ok, cancel);
        getDialogPane().lookupButton(ok).setId("settingsSave");
        // a focused ComboBox swallows Escape; the dialog should still close with it (and put the theme back)
        getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && !language.isShowing() && !theme.isShowing()) {
                e.consume();
                ((javafx.scene.control.Button) getDialogPane().lookupButton(cancel)).fire();
            }
        });
        setResultConverter(b -> {
            if (b != ok) {
                Theme.use(current.theme());
                return null;
            }
            Settings s = current.withTheme(theme.getValue());
            return language.getValue() != current.language() || !current.languageChosen() ? s.withLanguage(language.getValue()) : s;
        });
        FirstFocus.on(this, () -> language);
    }

    /** The backups section: the keeping rule in words, the folder (selectable, to copy) and the space used. */
    private static Node backups(I18n i18n, BackupSummary summary) {
        Label title = new Label(i18n.t("settings.backups"));
        title.getStyleClass().add("form-section");
        Label rule = new Label(i18n.t("settings.backups.rule", BackupPolicy.LAST_IMPORTS, BackupPolicy.DAYS));
        rule.setId("settingsBackupRule");
        rule.setWrapText(true);
        rule.setMinHeight(Region.USE_PREF_SIZE);
        rule.setMaxWidth(440);
        TextField folder = new TextField(summary.folder().toString());
        folder.setId("settingsBackupFolder");
        folder.setEditable(false);
        folder.setAccessibleText(i18n.t("settings.backups.folder"));
        Label used = new Label(i18n.t("settings.backups.used", summary.count(), summary.bytes() / 1_048_576.0));
        used.setId("settingsBackupUsed");
        used.setWrapText(true);
        used.setMinHeight(Region.USE_PREF_SIZE);
        FormGrid form = new FormGrid();
        form.add("backupFolder", i18n.t("settings.backups.folder"), folder);
        form.add("backupUsed", i18n.t("settings.backups.space"), used);
        return new VBox(6, title, rule, form);
    }

    public static Optional<Settings> ask(Window owner, I18n i18n, Settings current, BackupSummary backups) {
        return new SettingsDialog(owner, i18n, current, backups).showAndWait();
    }

    public static Optional<Settings> ask(Window owner, I18n i18n, Settings current, BackupSummary backups, int retentionYears) {
        return new SettingsDialog(owner, i18n, current, backups, retentionYears).showAndWait();
    }

    public static Optional<Settings> ask(Window owner, I18n i18n, Settings current, BackupSummary backups, int retentionYears,
                                         Node keys) {
        return new SettingsDialog(owner, i18n, current, backups, retentionYears, keys).showAndWait();
    }
}
