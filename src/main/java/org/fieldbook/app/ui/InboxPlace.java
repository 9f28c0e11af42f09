package org.fieldbook.app.ui;

import org.fieldbook.app.Services;
import org.fieldbook.support.ui.UiContext;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.fieldbook.sync.ui.ExportDialog;
import org.fieldbook.sync.ui.SyncView;

/**
 * The sync feature's place in the main window: the inbox of received bundles and the conflict list, built the
 * first time it is needed, with a short explanation above it for someone who has never exchanged a bundle.
 */
final class InboxPlace {
    private final UiContext ui;
    private final Services services;
    private SyncView view;
    private BorderPane node;

    InboxPlace(UiContext ui, Services services) {
        this.ui = ui;
        this.services = services;
    }

    /** The inbox (built on first use, refreshed on every later one). */
    Node node() {
        if (view == null) {
            view = SyncView.create(services.sync(), this::choices, ui.i18n().locale(), ui.background(), ui.exports());
            Label title = new Label(ui.t("inbox.title"));
            title.getStyleClass().add("title-3");
            title.setAccessibleRole(AccessibleRole.TEXT);
            Label hint = new Label(ui.t("inbox.hint"));
            hint.setId("inboxHint");
            hint.setWrapText(true);
            hint.getStyleClass().add("text-muted");
            VBox top = new VBox(4, title, hint);
            top.setPadding(new Insets(16, 20, 8, 20));
            node = new BorderPane(view.node());
            node.setId("inbox");
            node.setTop(top);
        } else {
            view.refresh();
        }
        return node;
    }

    private List<ExportDialog.Choice> choices() {
        return services.visits().summaries().stream()
                .map(v -> new ExportDialog.Choice(v.id(), v.city() + " · " + ui.i18n().date(v.start()) + " – " + ui.i18n().date(v.end())))
                .toList();
    }

    void export() {
        node();
        view.showExport();
    }

    void chooseAndImport() {
        node();
        view.chooseAndImport();
    }

    void preview(Path bundle) {
        node();
        view.previewThenImport(bundle);
    }
}
