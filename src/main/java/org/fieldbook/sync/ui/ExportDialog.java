package org.fieldbook.sync.ui;

import java.io.File;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Export dialog: which visit, changes only or everything, encryption for the office; progress and cancel. */
public final class ExportDialog {
    /** One visit in the choice box. */
    public record Choice(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final SyncViewModel vm;

    private final org.fieldbook.support.ui.Exports exports;

    public ExportDialog(SyncViewModel vm) {
        this(vm, org.fieldbook.support.ui.Exports.inMemory());
    }

    /** {@code exports}: the save dialog opens in the export folder and remembers the one chosen. */
    public ExportDialog(SyncViewModel vm, org.fieldbook.support.ui.Exports exports) {
        this.exports = exports;
        this.vm = vm;
    }

    public void show(Window owner) {
        org.fieldbook.support.Texts t = vm.texts();
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(t.t("export.title"));
        ComboBox<Choice> visit = new ComboBox<>();
        visit.getItems().add(new Choice(null, t.t("export.all")));
        visit.getItems().addAll(vm.visits());
        visit.getSelectionModel().select(0);
        CheckBox sinceLast = new CheckBox(t.t("export.sinceLast"));
        CheckBox encrypt = new CheckBox();
        vm.officeKey().ifPresentOrElse(k -> {
            encrypt.setText(t.t("export.encrypt", k.fingerprint()));
            encrypt.setSelected(true);
        }, () -> {
            encrypt.setText(t.t("export.noOffice"));
            encrypt.setDisable(true);
        });
        ProgressBar progress = new ProgressBar(0);
        progress.progressProperty().bind(vm.progress());
        progress.setAccessibleText(t.t("a11y.progress"));
        visit.setAccessibleText(t.t("export.visit"));
        Label status = new Label();
        status.textProperty().bind(vm.status());
        Button go = new Button(t.t("inbox.export"));
        go.disableProperty().bind(vm.busy());
        Button cancel = new Button(t.t("inbox.cancel"));
        cancel.setOnAction(e -> {
            if (vm.busy().get()) {
                vm.cancel();
            } else {
                stage.close();
            }
        });
        go.setOnAction(e -> {
            java.nio.file.Path f = exports.chooseSave(stage, t.t("export.title"), "fieldbook.fbz", t.t("file.bundles"), ".fbz");
            if (f != null) {
                Choice c = visit.getValue();
                // written: the dialog stays open to say where the bundle is, with Open and Show in folder
                vm.export(c == null ? null : c.id(), sinceLast.isSelected(), encrypt.isSelected(), f, r -> { });
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(t.t("export.visit")), visit);
        grid.add(sinceLast, 1, 1);
        grid.add(encrypt, 1, 2);
        grid.add(progress, 1, 3);
        grid.add(status, 1, 4);
        org.fieldbook.support.ui.SavedFileNotice saved = new org.fieldbook.support.ui.SavedFileNotice(
                org.fieldbook.support.Texts.of(org.fieldbook.support.Texts.WINDOW, t.locale()), exports);
        vm.exported().set(null);
        saved.fileProperty().bind(vm.exported());
        saved.fileProperty().addListener((o, was, now) -> cancel.setText(t.t(now == null ? "inbox.cancel" : "export.close")));
        stage.setOnHidden(e -> saved.fileProperty().unbind());
        grid.add(saved, 1, 5);
        grid.add(new HBox(8, go, cancel), 1, 6);
        stage.setScene(new Scene(grid));
        // the dialog grows with what it says (the status, where the bundle was saved), so its buttons stay in view
        status.textProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(stage::sizeToScene));
        saved.fileProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(stage::sizeToScene));
        stage.show();
    }
}
