package org.fieldbook.sync.ui;

import java.io.File;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.fieldbook.sync.ConflictRow;
import org.fieldbook.sync.imports.ImportLogEntry;
import org.fieldbook.sync.imports.ImportReport;

/**
 * The sync view: received bundles (who, when, what changed), conflicts side by side with choose / keep both /
 * edit, import with a preview to confirm, export with progress and cancel, undo of the last import.
 */
public final class SyncView {
    private final SyncViewModel vm;
    private final BorderPane root = new BorderPane();

    /** Where bundles are saved (the window's export folder); the user's home in memory until the window gives one. */
    private final org.fieldbook.support.ui.Exports exports;

    public SyncView(SyncViewModel vm) {
        this(vm, org.fieldbook.support.ui.Exports.inMemory());
    }

    /** As above; bundles are saved where {@code exports} says (the window's export folder). */
    public SyncView(SyncViewModel vm, org.fieldbook.support.ui.Exports exports) {
        this.vm = vm;
        this.exports = exports;
        org.fieldbook.support.Texts t = vm.texts();
        Button importButton = new Button(t.t("inbox.import"));
        importButton.setId("sync-import");
        importButton.setOnAction(e -> chooseAndImport());
        Button exportButton = new Button(t.t("inbox.export"));
        exportButton.setId("sync-export");
        exportButton.setOnAction(e -> showExport());
        Button undo = new Button(t.t("inbox.undo"));
        undo.setId("sync-undo");
        undo.setOnAction(e -> vm.undoLast());
        Button refresh = new Button(t.t("inbox.refresh"));
        refresh.setOnAction(e -> vm.refresh());
        ToolBar bar = new ToolBar(importButton, exportButton, undo, refresh);
        bar.getItems().forEach(n -> n.disableProperty().bind(vm.busy()));
        undo.disableProperty().unbind();
        undo.disableProperty().bind(vm.busy().or(vm.canUndo().not()));

        TabPane tabs = new TabPane(new Tab(t.t("inbox.received"), inboxTable(t)), new Tab(t.t("inbox.conflicts"), conflictPane(t)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(vm.progress());
        progress.setAccessibleText(t.t("a11y.progress"));
        progress.accessibleHelpProperty().bind(vm.status());
        progress.visibleProperty().bind(vm.busy());
        Button cancel = new Button(t.t("inbox.cancel"));
        cancel.visibleProperty().bind(vm.busy());
        cancel.setOnAction(e -> vm.cancel());
        Label status = new Label();
        status.setId("sync-status");
        status.textProperty().bind(vm.status());
        // the bundle written last: where it is, with Open and Show in folder
        org.fieldbook.support.ui.SavedFileNotice saved = new org.fieldbook.support.ui.SavedFileNotice(
                org.fieldbook.support.Texts.of(org.fieldbook.support.Texts.WINDOW, t.locale()), exports);
        saved.fileProperty().bind(vm.exported());
        HBox bottom = new HBox(8, progress, cancel, status, saved);
        bottom.setPadding(new Insets(4, 8, 4, 8));

        root.setTop(bar);
        root.setCenter(tabs);
        root.setBottom(bottom);
        vm.refresh();
    }

    public Node node() {
        return root;
    }

    /**
     * The sync view for an open workspace: {@code visits} lists the visits to offer for export (it runs on a
     * background thread), strings follow {@code locale}; the work runs in order on the window's {@code runner}.
     */
    public static SyncView create(org.fieldbook.sync.SyncService sync,
                                  java.util.function.Supplier<java.util.List<ExportDialog.Choice>> visits, java.util.Locale locale,
                                  org.fieldbook.support.ui.Background runner) {
        return new SyncView(new SyncViewModel(sync, org.fieldbook.support.Texts.of(org.fieldbook.support.Texts.SYNC, locale), runner.serial("sync"), visits));
    }

    /** As above; bundles are saved where {@code exports} says (the export folder). */
    public static SyncView create(org.fieldbook.sync.SyncService sync,
                                  java.util.function.Supplier<java.util.List<ExportDialog.Choice>> visits, java.util.Locale locale,
                                  org.fieldbook.support.ui.Background runner, org.fieldbook.support.ui.Exports exports) {
        return new SyncView(new SyncViewModel(sync, org.fieldbook.support.Texts.of(org.fieldbook.support.Texts.SYNC, locale),
                runner.serial("sync"), visits), exports);
    }

    private TableView<ImportLogEntry> inboxTable(org.fieldbook.support.Texts t) {
        TableView<ImportLogEntry> table = new TableView<>(vm.inbox());
        table.setId("sync-inbox");
        table.getColumns().add(col(t.t("col.when"), e -> t.dateTime(e.importedAt())));
        table.getColumns().add(col(t.t("col.author"), e -> e.author()));
        table.getColumns().add(col(t.t("col.status"), e -> e.status()));
        table.getColumns().add(col(t.t("col.new"), e -> String.valueOf(e.inserted())));
        table.getColumns().add(col(t.t("col.changed"), e -> String.valueOf(e.updated())));
        table.getColumns().add(col(t.t("col.deleted"), e -> String.valueOf(e.deleted())));
        table.getColumns().add(col(t.t("col.conflicts"), e -> String.valueOf(e.conflicts())));
        table.getColumns().add(col(t.t("col.signer"), e -> e.signer()));
        table.getColumns().add(col(t.t("col.file"), e -> e.fileName()));
        Label none = new Label(t.t("inbox.empty"));
        none.setWrapText(true);
        none.setMaxWidth(520);
        table.setPlaceholder(none);
        table.setAccessibleText(t.t("inbox.received"));
        return table;
    }

    private static TableColumn<ImportLogEntry, String> col(String title, java.util.function.Function<ImportLogEntry, String> value) {
        TableColumn<ImportLogEntry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        // never narrower than its heading (French headings are long; 150 % scaling)
        javafx.scene.text.Text measure = new javafx.scene.text.Text(title);
        measure.setStyle("-fx-font-weight: bold;");
        c.setMinWidth(Math.ceil(measure.getLayoutBounds().getWidth() * 1.15) + 24);
        return c;
    }

    private Node conflictPane(org.fieldbook.support.Texts t) {
        ListView<ConflictRow> list = new ListView<>(vm.conflicts());
        list.setId("sync-conflicts");
        list.setPlaceholder(new Label(t.t("conflict.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ConflictRow k, boolean empty) {
                super.updateItem(k, empty);
                setText(empty || k == null ? null : t.t("conflict.describe", k.table(), k.id().substring(0, 8), k.field(), k.kind()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedConflict().set(b));
        TextArea local = readOnly("sync-local");
        TextArea remote = readOnly("sync-remote");
        vm.selectedConflict().addListener((o, a, k) -> {
            local.setText(k == null ? "" : k.local());
            remote.setText(k == null ? "" : k.remote());
        });
        TextArea result = new TextArea();
        result.setId("sync-result");
        result.setPrefRowCount(6);
        result.textProperty().bindBidirectional(vm.result());
        Button useLocal = new Button(t.t("conflict.useLocal"));
        useLocal.setId("sync-use-local");
        useLocal.setOnAction(e -> vm.useLocal());
        Button useRemote = new Button(t.t("conflict.useRemote"));
        useRemote.setId("sync-use-remote");
        useRemote.setOnAction(e -> vm.useRemote());
        Button both = new Button(t.t("conflict.keepBoth"));
        both.setOnAction(e -> vm.keepBoth());
        Button save = new Button(t.t("conflict.save"));
        save.setId("sync-save");
        save.setOnAction(e -> vm.saveResult());
        for (Button b : new Button[] {useLocal, useRemote, both, save}) {
            b.disableProperty().bind(vm.selectedConflict().isNull().or(vm.busy()));
        }
        GridPane sides = new GridPane();
        sides.setHgap(8);
        sides.setVgap(4);
        sides.addRow(0, new Label(t.t("conflict.local")), new Label(t.t("conflict.remote")));
        sides.addRow(1, local, remote);
        sides.addRow(2, useLocal, useRemote);
        GridPane.setHgrow(local, Priority.ALWAYS);
        GridPane.setHgrow(remote, Priority.ALWAYS);
        VBox detail = new VBox(6, sides, new Label(t.t("conflict.result")), result, new HBox(8, both, save));
        detail.setPadding(new Insets(8));
        VBox.setVgrow(result, Priority.ALWAYS);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(detail);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(list, scroll);
        split.setDividerPositions(0.3);
        return split;
    }

    private static TextArea readOnly(String id) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setEditable(false);
        a.setWrapText(true);
        a.setPrefRowCount(6);
        return a;
    }

    /** Opens the export dialog (which visit, changes only, encryption; progress and cancel). */
    public void showExport() {
        new ExportDialog(vm, exports).show(root.getScene() == null ? null : root.getScene().getWindow());
    }

    /** Refreshes the inbox and the conflict list. */
    public void refresh() {
        vm.refresh();
    }

    /** Asks for a bundle file, then previews and imports it. */
    public void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(vm.texts().t("file.bundles"), "*.fbz"));
        chooser.setTitle(vm.texts().t("inbox.import"));
        File f = chooser.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (f != null) {
            previewThenImport(f.toPath());
        }
    }

    /** Shows what the bundle would change (and the signer's fingerprint) and imports when confirmed. */
    public void previewThenImport(Path file) {
        vm.preview(file, report -> {
            Alert a = confirmation(report);
            if (a == null) {
                return;
            }
            a.showAndWait().filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                    .ifPresentOrElse(b -> vm.importConfirmed(file, () -> { }), vm::previewDeclined);
        });
    }

    /** The confirmation for a previewed import, or null when there is nothing to import. */
    Alert confirmation(ImportReport r) {
        org.fieldbook.support.Texts t = vm.texts();
        if (r.alreadyImported()) {
            vm.status().set(t.t("preview.already"));
            return null;
        }
        StringBuilder body = new StringBuilder(t.t("preview.body", r.inserted(), r.updated(), r.deleted(), r.unchanged(),
                r.conflicts().size(), r.signerFingerprint()));
        if (r.deleted() > org.fieldbook.sync.imports.ImportOptions.MANY_DELETES) {
            body.append("\n\n").append(t.t("preview.manyDeletes", r.deleted()));
        }
        if (!r.signerTrusted()) {
            body.append("\n\n").append(t.t("preview.untrusted"));
        }
        // Buttons named from this window's strings: JavaFX's own OK/Cancel follow the operating system's language.
        ButtonType go = new ButtonType(t.t("preview.import"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(t.t("inbox.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, body.toString(), go, keep);
        a.setTitle(t.t("preview.title"));
        a.setHeaderText(t.t("preview.header", r.author()));
        return a;
    }

}
