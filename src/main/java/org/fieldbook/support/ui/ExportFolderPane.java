package org.fieldbook.support.ui;

import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/** Settings' export folder: where save dialogs open (shown, selectable), with Change… to pick another. */
public final class ExportFolderPane extends VBox {
    private final TextField path = new TextField();
    /** Picks a folder; tests replace it. */
    private java.util.function.Function<Path, Path> chooser;

    /** {@code shown} is the folder offered now (read off the FX thread by the caller). */
    public ExportFolderPane(I18n i18n, Exports exports, Background runner, Path shown) {
        super(6);
        setId("exportFolderPane");
        Label title = new Label(i18n.t("settings.exportFolder"));
        title.getStyleClass().add("form-section");
        path.setId("settingsExportFolder");
        path.setEditable(false);
        path.setText(shown.toString());
        path.setAccessibleText(i18n.t("settings.exportFolder"));
        HBox.setHgrow(path, Priority.ALWAYS);
        Button change = new Button(i18n.t("settings.exportFolder.change"));
        change.setId("settingsExportFolderChange");
        change.setMinWidth(Region.USE_PREF_SIZE);
        chooser = start -> {
            DirectoryChooser d = new DirectoryChooser();
            d.setTitle(i18n.t("settings.exportFolder"));
            if (start.toFile().isDirectory()) {
                d.setInitialDirectory(start.toFile());
            }
            File f = d.showDialog(getScene() == null ? null : getScene().getWindow());
            return f == null ? null : f.toPath();
        };
        change.setOnAction(e -> {
            Path picked = chooser.apply(Path.of(path.getText()));
            if (picked != null) {
                runner.exec(() -> exports.folder().remember(picked), () -> path.setText(picked.toString()));
            }
        });
        HBox row = new HBox(8, path, change);
        row.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(i18n.t("settings.exportFolder.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("text-muted");
        getChildren().addAll(title, row, hint);
    }

    /** For tests: how the folder is picked. */
    public void setChooser(java.util.function.Function<Path, Path> chooser) {
        this.chooser = chooser;
    }

    public String shown() {
        return path.getText();
    }
}
