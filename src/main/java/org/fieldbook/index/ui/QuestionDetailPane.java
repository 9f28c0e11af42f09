package org.fieldbook.index.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fieldbook.index.verify.VerificationStatus;

/** The selected question: the city's answer and evidence, the status, the verified answer, the rationale. */
final class QuestionDetailPane {
    private final VerificationViewModel vm;
    private final org.fieldbook.support.Texts s;
    private final VBox box = new VBox(8);
    private final Label title = new Label();
    private final Label help = new Label();
    private final Label cityAnswer = new Label();
    private final Label cityEvidence = new Label();
    private final ToggleGroup statusGroup = new ToggleGroup();
    private final StackPane editorHolder = new StackPane();
    private final Label editorProblem = new Label();
    private final TextArea rationale = new TextArea();
    private final EvidencePane evidence;
    private final ScrollPane scroll = new ScrollPane(box);
    private boolean updating;

    QuestionDetailPane(VerificationViewModel vm, org.fieldbook.support.Texts s) {
        this.vm = vm;
        this.s = s;
        this.evidence = new EvidencePane(vm, s);
        title.setWrapText(true);
        title.setStyle("-fx-font-size: 1.2em; -fx-font-weight: bold;");
        help.setWrapText(true);
        help.setStyle("-fx-text-fill: -color-fg-muted;");
        cityAnswer.setId("cityAnswer");
        cityAnswer.setStyle("-fx-font-weight: bold;");
        cityEvidence.setWrapText(true);
        FlowPane statuses = new FlowPane(12, 4);
        for (VerificationStatus st : VerificationStatus.values()) {
            RadioButton rb = new RadioButton(s.get("status." + st.id()));
            rb.setId("status-" + st.id());
            rb.setUserData(st);
            rb.setToggleGroup(statusGroup);
            String key = "Alt+" + (st.ordinal() + 1);
            rb.setTooltip(new javafx.scene.control.Tooltip(key));
            rb.setAccessibleHelp(key);
            statuses.getChildren().add(rb);
        }
        statusGroup.selectedToggleProperty().addListener((o, a, b) -> {
            QuestionRow row = vm.selectedProperty().get();
            if (!updating && b != null && row != null) {
                vm.setStatus(row, (VerificationStatus) b.getUserData());
                showEditor(row);
            }
        });
        editorHolder.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        editorProblem.setStyle("-fx-text-fill: -color-danger-fg;");
        rationale.setId("rationale");
        rationale.setPrefRowCount(3);
        rationale.setWrapText(true);
        rationale.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commitRationale();
            }
        });
        box.setPadding(new Insets(10));
        box.getChildren().addAll(title, help, new Label(s.get("v.cityAnswer")), cityAnswer, new Label(s.get("v.cityEvidence")),
                cityEvidence, new Label(s.get("v.status")), statuses, new Label(s.get("v.verifiedAnswer")), editorHolder,
                editorProblem, new Label(s.get("v.rationale")), rationale, evidence.node());
        vm.selectedProperty().addListener((o, a, b) -> {
            if (a != null) {
                commitRationale(a);
            }
            show(b);
        });
        show(null);
    }

    Node node() {
        ScrollPane sp = scroll;
        sp.setId("questionDetail");
        sp.setFitToWidth(true);
        sp.visibleProperty().bind(vm.selectedProperty().isNotNull());
        Label none = new Label(s.get("v.pickQuestion"));
        none.setId("noQuestionSelected");
        none.setWrapText(true);
        none.getStyleClass().add("empty-hint");
        none.setPadding(new Insets(24));
        none.visibleProperty().bind(vm.selectedProperty().isNull());
        StackPane.setAlignment(none, javafx.geometry.Pos.TOP_LEFT);
        return new StackPane(sp, none);
    }

    private void commitRationale() {
        QuestionRow row = vm.selectedProperty().get();
        if (row != null) {
            commitRationale(row);
        }
    }

    private void commitRationale(QuestionRow row) {
        if (!updating && !rationale.getText().equals(row.rationaleProperty().get())) {
            vm.setRationale(row, rationale.getText());
        }
    }

    private void show(QuestionRow row) {
        updating = true;
        try {
            box.setDisable(row == null);
            if (row == null) {
                title.setText("");
                return;
            }
            String lang = vm.language();
            title.setText(row.number() + "  " + row.question().text(lang));
            help.setText(row.question().help(lang));
            cityAnswer.setText(row.cityAnswer().isEmpty() ? s.get("v.noAnswer") : row.cityAnswer());
            cityEvidence.setText(row.cityEvidence());
            statusGroup.getToggles().forEach(t -> t.setSelected(t.getUserData() == row.status()));
            rationale.setText(row.rationaleProperty().get());
            showEditor(row);
            evidence.show(row);
            // a new question is read from its title: the pane goes back to the top (also once its new height is laid out)
            scroll.setVvalue(0);
            javafx.application.Platform.runLater(() -> scroll.setVvalue(0));
        } finally {
            updating = false;
        }
    }

    private void showEditor(QuestionRow row) {
        editorProblem.setText("");
        editorHolder.getChildren().setAll(VerifiedAnswerEditor.create(row.question(), row.verifiedValueProperty().get(),
                vm.language(), v -> vm.setVerifiedValue(row, v), editorProblem));
        editorHolder.setDisable(row.status() != VerificationStatus.CORRECTED);
        if (row.status() == VerificationStatus.CORRECTED) {
            statusGroup.getToggles().forEach(t -> {
                if (t.getUserData() == VerificationStatus.CORRECTED && !t.isSelected()) {
                    updating = true;
                    t.setSelected(true);
                    updating = false;
                }
            });
        }
    }

    /** Keeps the status buttons in step when the status changes elsewhere (e.g. by entering a verified answer). */
    void refreshStatus() {
        QuestionRow row = vm.selectedProperty().get();
        if (row != null) {
            updating = true;
            statusGroup.getToggles().forEach(t -> t.setSelected(t.getUserData() == row.status()));
            editorHolder.setDisable(row.status() != VerificationStatus.CORRECTED);
            updating = false;
        }
    }
}
