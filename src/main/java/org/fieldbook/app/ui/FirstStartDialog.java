package org.fieldbook.app.ui;

import org.fieldbook.support.ui.FirstFocus;
import org.fieldbook.support.ui.FormGrid;
import org.fieldbook.support.ui.I18n;
import org.fieldbook.support.ui.Theme;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.fieldbook.store.Role;
import org.fieldbook.support.Language;

/** First start: who is working here (name and role); stamped on every change this laptop makes. */
public final class FirstStartDialog extends Dialog<FirstStartDialog.Answer> {
    /** The person's name and role. */
    public record Answer(String name, Role role, Language language) {
    }

    public FirstStartDialog(Window owner, I18n i18n) {
        this(owner, i18n, Language.forLocale(i18n.locale()));
    }

    public FirstStartDialog(Window owner, I18n i18n, Language proposed) {
        if (owner != null) {
            initOwner(owner);
        }
        Theme.apply(getDialogPane());
        setTitle(i18n.t("firstStart.title"));
        setHeaderText(i18n.t("firstStart.header"));
        TextField name = new TextField();
        name.setId("identityName");
        name.setPromptText(i18n.t("firstStart.name.prompt"));
        ComboBox<Role> role = new ComboBox<>(FXCollections.observableArrayList(Role.values()));
        role.setId("identityRole");
        role.setMaxWidth(Double.MAX_VALUE);
        role.setValue(Role.EXPERT);
        role.setConverter(i18n.labels());
        ComboBox<Language> language = new ComboBox<>(FXCollections.observableArrayList(Language.values()));
        language.setId("identityLanguage");
        language.setMaxWidth(Double.MAX_VALUE);
        language.setValue(proposed);
        language.setConverter(i18n.labels());
        language.setAccessibleText(i18n.t("firstStart.language"));
        role.setAccessibleText(i18n.t("firstStart.role"));
        name.setAccessibleText(i18n.t("firstStart.name"));
        Label why = new Label(i18n.t("firstStart.why"));
        why.setWrapText(true);
        why.getStyleClass().add("text-muted");
        FormGrid form = new FormGrid();
        form.add("name", i18n.t("firstStart.name"), name);
        form.add("role", i18n.t("firstStart.role"), role);
        form.add("language", i18n.t("firstStart.language"), language);
        VBox box = new VBox(12, why, form);
        box.setPrefWidth(460);
        getDialogPane().setContent(box);
        ButtonType ok = new ButtonType(i18n.t("firstStart.ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().add(ok);
        Button okButton = (Button) getDialogPane().lookupButton(ok);
        okButton.setId("identityOk");
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            form.clearErrors();
            if (name.getText().isBlank()) {
                form.setError("name", i18n.t("error.required"));
                e.consume();
            }
        });
        // the "Required." under the name goes as soon as a name is typed (not only at the next OK), and the
        // explanation above keeps all its lines
        name.textProperty().addListener((o, a, b) -> {
            if (b != null && !b.isBlank()) {
                form.clearErrors();
            }
        });
        why.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        setResultConverter(b -> b == ok ? new Answer(name.getText().trim(), role.getValue(), language.getValue()) : null);
        FirstFocus.on(this, () -> name);
    }

    public static Optional<Answer> ask(Window owner, I18n i18n) {
        return new FirstStartDialog(owner, i18n).showAndWait();
    }
}
