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
    private final TextField query = new TextField();
    private QuestionRow row;
    /** Words too common in INDEX questions to find evidence with (English and French). */
    private static final java.util.Set<String> COMMON = java.util.Set.of("does", "have", "with", "that", "this", "which", "there",
            "their", "they", "from", "what", "when", "where", "whether", "into", "about", "other", "been", "were", "your",
            "city", "cities", "local", "intercultural", "policy", "policies", "ensure", "specific", "public", "any",
            "avec", "dans", "pour", "votre", "leur", "leurs", "elle", "sont", "ville", "villes", "quelle", "quelles", "quel",
            "quels", "est-ce", "existe", "-t-il", "entre", "locale", "locales", "interculturel", "interculturelle",
            "interculturelles", "interculturels", "politique", "politiques", "toute", "toutes", "tous", "des", "les", "une",
            "aux", "ces", "par", "sur", "the", "and", "for", "are", "has", "its", "not");

    EvidencePane(VerificationViewModel vm, org.fieldbook.support.Texts s) {
        this.vm = vm;
        linked.setId("linkedEvidence");
        linked.setPrefHeight(90);
        found.setId("evidenceResults");
        found.setPrefHeight(110);
        found.setItems(vm.candidates());
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

    /** Shows {@code r}'s links; the search takes the question's own words, so its evidence is looked for at once. */
    void show(QuestionRow r) {
        boolean other = r != this.row;
        this.row = r;
        linked.setItems(r == null ? null : r.links());
        if (other) {
            query.setText(r == null ? "" : keyWords(r.question().text(vm.language())));
        }
    }

    /** Up to three telling words of a question (longest first, kept in their order), to search the notes with. */
    static String keyWords(String question) {
        java.util.List<String> words = new java.util.ArrayList<>();
        for (String w : question.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
            String word = w.replaceAll("^-+|-+$", "");
            if (word.length() >= 4 && !COMMON.contains(word) && !words.contains(word)) {
                words.add(word);
            }
        }
        java.util.List<String> longest = words.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .limit(3).toList();
        return String.join(" ", words.stream().filter(longest::contains).toList());
    }
}
