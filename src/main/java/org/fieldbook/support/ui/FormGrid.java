package org.fieldbook.support.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A two-column form: label, field, and an error message under the field that a validator can fill. */
public final class FormGrid extends GridPane {
    private final Map<String, Label> errors = new HashMap<>();
    /** Fields the person has left at least once: their problems are shown as they leave, not only on Save. */
    private final java.util.Set<String> left = new java.util.HashSet<>();
    private java.util.function.Supplier<Map<String, String>> check;
    private int row;

    public FormGrid() {
        setHgap(12);
        setVgap(6);
        setPadding(new Insets(4, 0, 4, 0));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        fields.setMinWidth(200);
        getColumnConstraints().addAll(labels, fields);
    }

    /** Adds a row; {@code key} names the field for {@link #setError}. */
    public void add(String key, String label, Node field) {
        Label l = new Label(label);
        l.setLabelFor(field);
        l.setMinWidth(Label.USE_PREF_SIZE);
        Label error = new Label();
        error.setId(key + "Error");
        error.getStyleClass().addAll("field-error", "danger");
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
        errors.put(key, error);
        VBox box = new VBox(2, field, error);
        field.focusWithinProperty().addListener((o, was, now) -> {
            if (was && !now) {
                left.add(key);
                recheck();
            }
        });
        add(l, 0, row);
        add(box, 1, row);
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        GridPane.setMargin(l, new Insets(6, 0, 0, 0));
        row++;
    }

    /** A heading spanning both columns. */
    public void section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("form-section");
        add(l, 0, row, 2, 1);
        row++;
    }

    /**
     * Checks the form each time the person leaves a field: {@code check} gives the problems (by field key, in words);
     * a field's problem shows once that field has been left, and goes as soon as it is put right.
     */
    public void checkOnLeave(java.util.function.Supplier<Map<String, String>> check) {
        this.check = check;
    }

    private void recheck() {
        if (check == null) {
            return;
        }
        Map<String, String> problems = check.get();
        for (String key : errors.keySet()) {
            String problem = problems.get(key);
            if (problem != null && left.contains(key)) {
                setError(key, problem);
            } else {
                Label l = errors.get(key);
                l.setText("");
                l.setVisible(false);
                l.setManaged(false);
            }
        }
    }

    public void clearErrors() {
        errors.values().forEach(l -> {
            l.setText("");
            l.setVisible(false);
            l.setManaged(false);
        });
    }

    public void setError(String key, String message) {
        Label l = errors.get(key);
        if (l == null) {
            return;
        }
        l.setText(message);
        l.setVisible(true);
        l.setManaged(true);
    }
}
