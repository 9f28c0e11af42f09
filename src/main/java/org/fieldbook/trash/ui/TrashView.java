package org.fieldbook.trash.ui;

import org.fieldbook.trash.TrashItem;
import org.fieldbook.trash.TrashService;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fieldbook.support.ui.Rows;
import org.fieldbook.support.ui.Tables;
import org.fieldbook.support.ui.UiContext;

/** The trash: deleted notes, meetings and stakeholders, with a Restore button. */
public final class TrashView extends BorderPane {
    private final UiContext ui;
    private final TrashService trash;
    private final TableView<TrashItem> table = new TableView<>();
    private final Runnable restored;

    public TrashView(UiContext ui, TrashService trash, Runnable restored) {
        this.ui = ui;
        this.trash = trash;
        this.restored = restored;
        setId("trashView");
        Label title = new Label(ui.t("trash.title"));
        title.getStyleClass().add("title-2");
        Label hint = new Label(ui.t("trash.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        Button restore = new Button(ui.t("trash.restore"));
        restore.setId("trashRestore");
        restore.getStyleClass().add("accent");
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> restoreSelected());
        Region grow = Rows.grow();
        HBox header = new HBox(12, new VBox(4, title, hint), grow, restore);
        restore.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.setWrapText(true);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(16, 20, 12, 20));
        setTop(header);
        Tables.list(table, "trashTable", ui.t("trash.empty"));
        table.getColumns().add(Tables.textColumn(ui.t("trash.type"), i -> ui.t("search.type." + i.type()), 120));
        table.getColumns().add(Tables.textColumn(ui.t("trash.item"), TrashItem::title, 420));
        table.getColumns().add(Tables.textColumn(ui.t("trash.where"), i -> TrashService.join(i.context(),
                String.join(" – ", i.dates().stream().map(ui.i18n()::date).toList())), 260));
        table.setRowFactory(tv -> {
            var row = new javafx.scene.control.TableRow<TrashItem>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    restoreSelected();
                }
            });
            return row;
        });
        BorderPane.setMargin(table, new Insets(0, 20, 20, 20));
        setCenter(table);
        reload();
    }

    public void reload() {
        ui.background().call(() -> trash.list(), items -> table.getItems().setAll(items));
    }

    private void restoreSelected() {
        TrashItem item = table.getSelectionModel().getSelectedItem();
        if (item == null) {
            return;
        }
        ui.background().exec(() -> trash.restore(item), () -> {
            table.getItems().remove(item);
            ui.notifier().info(ui.t("trash.restored", item.title()));
            restored.run();
        });
    }
}
