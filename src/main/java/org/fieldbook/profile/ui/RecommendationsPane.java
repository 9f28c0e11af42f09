package org.fieldbook.profile.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fieldbook.area.IndexArea;
import org.fieldbook.profile.ProfileMessages;
import org.fieldbook.profile.Recommendation;
import org.fieldbook.support.ui.Converters;

/** The recommendations list: each with its priority and the INDEX area it addresses. */
final class RecommendationsPane {
    final ListView<Recommendation> list = new ListView<>();
    final TextField text = new TextField();
    final ComboBox<org.fieldbook.profile.Priority> priority = new ComboBox<>();
    final ComboBox<IndexArea> area = new ComboBox<>();
    final Button add;
    final Button remove;
    private final VBox root;

    RecommendationsPane(RecommendationsViewModel vm, ProfileMessages m) {
        list.setItems(vm.items);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Recommendation r, boolean empty) {
                super.updateItem(r, empty);
                setWrapText(true);
                setPrefWidth(0);
                if (empty || r == null) {
                    setText(null);
                    return;
                }
                String areaTitle = r.areaId() == null ? "" : vm.areas.stream().filter(a -> a.id().equals(r.areaId()))
                        .map(a -> " \u00b7 " + a.title(m.locale())).findFirst().orElse("");
                setText(r.order() + ". " + r.text() + "\n[" + m.text("priority." + r.priority().id()) + areaTitle + "]");
            }
        });
        list.setPrefHeight(200);
        text.setPromptText(m.text("editor.recommendation"));
        priority.getItems().setAll(org.fieldbook.profile.Priority.values());
        priority.setValue(org.fieldbook.profile.Priority.MEDIUM);
        priority.setMinWidth(110);
        priority.setMaxWidth(Double.MAX_VALUE);
        priority.setAccessibleText(m.text("report.rec.priority")); // what a screen reader says for the drop-down
        priority.setConverter(Converters.showing(p -> m.text("priority." + p.id())));
        area.setItems(vm.areas);
        area.setPromptText(m.text("report.rec.area"));
        area.setConverter(Converters.showing(a -> a.title(m.locale())));
        area.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(area, Priority.ALWAYS);
        add = new Button(m.text("editor.recommendation.add"));
        add.setOnAction(e -> {
            vm.add(text.getText(), priority.getValue(), area.getValue());
            text.clear();
        });
        remove = new Button(m.text("editor.recommendation.remove"));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.remove(list.getSelectionModel().getSelectedItem()));
        root = new VBox(6, list, text, priority, area, new HBox(6, add, remove));
        vm.load();
    }

    Node node() {
        return root;
    }
}
