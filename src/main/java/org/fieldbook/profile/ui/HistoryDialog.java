package org.fieldbook.profile.ui;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fieldbook.profile.LineDiff;
import org.fieldbook.profile.ProfileMessages;
import org.fieldbook.profile.ProfileSection;
import org.fieldbook.profile.ProfileService;
import org.fieldbook.profile.Revision;

/**
 * A section's history: every revision with who and when; select two to compare them line by line, or one to
 * restore it (which adds a new revision).
 */
final class HistoryDialog extends Dialog<Boolean> {

    final TableView<Revision> table = new TableView<>();
    final ListView<LineDiff.Line> diff = new ListView<>();
    final Button compare;
    final Button restore;

    HistoryDialog(ProfileService profile, ProfileSection section, ProfileMessages m, Executor background) {
        setTitle(m.format("history.title", section.title(m.locale())));
        setResizable(true);
        TableColumn<Revision, String> when = new TableColumn<>(m.text("history.when"));
        when.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                org.fieldbook.support.Texts.of(org.fieldbook.support.Texts.PROFILE, m.locale()).dateTime(c.getValue().savedAt())));
        when.setPrefWidth(170);
        TableColumn<Revision, String> who = new TableColumn<>(m.text("history.who"));
        who.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().author()));
        who.setPrefWidth(140);
        TableColumn<Revision, String> note = new TableColumn<>(m.text("history.note"));
        note.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().note()));
        note.setPrefWidth(220);
        table.getColumns().setAll(List.of(when, who, note));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPrefHeight(220);

        diff.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LineDiff.Line line, boolean empty) {
                super.updateItem(line, empty);
                if (empty || line == null) {
                    setText(null);
                    setStyle("");
                    return;
                }
                String sign = switch (line.op()) {
                    case ADDED -> "+ ";
                    case REMOVED -> "\u2212 ";
                    case SAME -> "  ";
                };
                setText(sign + line.text());
                setStyle(switch (line.op()) {
                    case ADDED -> "-fx-background-color: -color-success-subtle;";
                    case REMOVED -> "-fx-background-color: -color-danger-subtle;";
                    case SAME -> "";
                });
            }
        });
        diff.setPrefHeight(260);

        compare = new Button(m.text("history.diff"));
        compare.setOnAction(e -> {
            var picked = FXCollections.observableArrayList(table.getSelectionModel().getSelectedItems());
            if (picked.isEmpty()) {
                return;
            }
            picked.sort(java.util.Comparator.comparing(Revision::hlc));
            Revision older = picked.get(0);
            Revision newer = picked.size() > 1 ? picked.get(picked.size() - 1) : older;
            String olderBody = picked.size() > 1 ? older.body() : previousBody(older);
            diff.getItems().setAll(LineDiff.diff(olderBody, newer.body()));
        });
        restore = new Button(m.text("history.restore"));
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> {
            Revision r = table.getSelectionModel().getSelectedItem();
            background.execute(() -> {
                profile.restore(section.id(), r.id());
                List<Revision> fresh = profile.history(section.id());
                Platform.runLater(() -> {
                    table.getItems().setAll(fresh);
                    setResult(Boolean.TRUE);
                });
            });
        });
        getDialogPane().setContent(new VBox(8, table, new HBox(8, compare, restore), diff));
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        setResultConverter(b -> Boolean.TRUE.equals(getResult()));
        background.execute(() -> {
            List<Revision> revisions = profile.history(section.id());
            Platform.runLater(() -> table.getItems().setAll(revisions));
        });
    }

    private String previousBody(Revision r) {
        int i = table.getItems().indexOf(r);
        return i > 0 ? table.getItems().get(i - 1).body() : "";
    }
}
