package org.fieldbook.index.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The evidence linked to the selected question, and a search of the visit's notes to link more. */
final class EvidencePane {
    private final VerificationViewModel vm;
    private final VBox box = new VBox(6);
    private final ListView<QuestionRow.LinkItem> linked = new ListView<>();
    private final ListView<EvidenceCandidate> found = new ListView<>();
    private QuestionRow row;

    EvidencePane(VerificationViewModel vm, Strings s) {
        this.vm = vm;
        linked.setId("linkedEvidence");
        linked.setPrefHeight(90);
        found.setId("evidenceResults");
        found.setPrefHeight(110);
        found.setItems(vm.candidates());
        TextField query = new TextField();
        query.setId("evidenceSearch");
        query.setPromptText(s.get("v.searchEvidence"));
        query.textProperty().addListener((o, a, b) -> vm.searchEvidence(b));
        Button link = new Button(s.get("v.link"));
        link.setId("linkEvidence");
        link.disableProperty().bind(found.getSelectionModel().selectedItemProperty().isNull());
        link.setOnAction(e -> {
            EvidenceCandidate c = found.getSelectionModel().getSelectedItem();
            if (c != null && row != null) {
                vm.link(row, c);
            }
        });
        Button unlink = new Button(s.get("v.unlink"));
        unlink.setId("unlinkEvidence");
        unlink.disableProperty().bind(linked.getSelectionModel().selectedItemProperty().isNull());
        unlink.setOnAction(e -> {
            QuestionRow.LinkItem item = linked.getSelectionModel().getSelectedItem();
            if (item != null) {
                vm.unlink(item);
            }
        });
        HBox.setHgrow(query, Priority.ALWAYS);
        box.getChildren().addAll(new Label(s.get("v.evidence")), linked, unlink, new HBox(6, query, link), found);
    }

    Node node() {
        return box;
    }

    void show(QuestionRow r) {
        this.row = r;
        linked.setItems(r == null ? null : r.links());
    }
}
