package org.fieldbook.index.ui;

import java.util.ArrayList;
import org.fieldbook.support.LenientNumbers;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.fieldbook.index.answer.AnswerChecker;
import org.fieldbook.index.answer.AnswerValue;
import org.fieldbook.index.definition.OptionDefinition;
import org.fieldbook.index.definition.QuestionDefinition;
import org.fieldbook.support.ui.Converters;

/** Builds the control for entering a verified answer, fitting the question's answer form. */
final class VerifiedAnswerEditor {
    private VerifiedAnswerEditor() {
    }

    /** A control showing {@code current}; {@code onChange} receives a checked new value. */
    static Node create(QuestionDefinition q, AnswerValue current, String language, Consumer<AnswerValue> onChange, Label problem) {
        switch (q.type()) {
            case YES_NO, SINGLE_CHOICE -> {
                ComboBox<OptionDefinition> box = new ComboBox<>();
                box.setId("verifiedChoice");
                box.getItems().setAll(q.options());
                box.setConverter(Converters.showing(o -> o.label(language)));
                if (current instanceof AnswerValue.Choice c) {
                    q.option(c.option()).ifPresent(box::setValue);
                }
                box.valueProperty().addListener((o, a, b) -> {
                    if (b != null) {
                        onChange.accept(AnswerValue.choice(b.id()));
                    }
                });
                return box;
            }
            case MULTIPLE_CHOICE -> {
                VBox boxes = new VBox(4);
                boxes.setId("verifiedChoices");
                List<CheckBox> checks = new ArrayList<>();
                List<String> chosen = current instanceof AnswerValue.Choices c ? c.options() : List.of();
                for (OptionDefinition o : q.options()) {
                    CheckBox cb = new CheckBox(o.label(language));
                    cb.setUserData(o.id());
                    cb.setSelected(chosen.contains(o.id()));
                    checks.add(cb);
                    cb.selectedProperty().addListener((x, a, b) -> onChange.accept(AnswerValue.choices(
                            checks.stream().filter(CheckBox::isSelected).map(k -> (String) k.getUserData()).toList())));
                }
                boxes.getChildren().setAll(checks);
                return boxes;
            }
            default -> {
                TextField field = new TextField();
                field.setId("verifiedText");
                org.fieldbook.support.Texts s = org.fieldbook.support.Texts.of(org.fieldbook.support.Texts.INDEX, language);
                java.util.Locale locale = java.util.Locale.forLanguageTag(language);
                field.setPromptText(s.get("v.prompt." + q.type().id()));
                field.setAccessibleText(s.get("v.verifiedAnswer"));
                if (current instanceof AnswerValue.Number n) {
                    field.setText(LenientNumbers.formatForEditing(n.value(), locale, 6));
                } else if (current != null) {
                    field.setText(org.fieldbook.index.answer.AnswerCodec.toPlain(current).toString());
                }
                field.setOnAction(e -> commitText(q, field.getText(), onChange, problem, s, locale));
                field.focusedProperty().addListener((o, was, is) -> {
                    if (!is) {
                        commitText(q, field.getText(), onChange, problem, s, locale);
                    }
                });
                return field;
            }
        }
    }

    private static void commitText(QuestionDefinition q, String text, Consumer<AnswerValue> onChange, Label problem,
                                   org.fieldbook.support.Texts s, java.util.Locale locale) {
        List<String> errors = new ArrayList<>();
        AnswerValue v = AnswerChecker.convert(q, text, errors);
        problem.setText(errors.isEmpty() ? "" : numberProblem(q, s, locale));
        if (errors.isEmpty() && v != null) {
            onChange.accept(v);
        }
    }

    /** What a number field accepts, in the reader's language (the checker's own messages are for import logs). */
    private static String numberProblem(QuestionDefinition q, org.fieldbook.support.Texts s, java.util.Locale locale) {
        String lo = q.lowest() == -Double.MAX_VALUE ? "" : LenientNumbers.format(q.lowest(), locale, 2);
        String hi = q.highest() == Double.MAX_VALUE ? "" : LenientNumbers.format(q.highest(), locale, 2);
        String kind = s.get(q.integer() ? "v.problem.whole" : "v.problem.number");
        return lo.isEmpty() && hi.isEmpty() ? kind : kind + " " + s.format("v.problem.range", lo.isEmpty() ? "–" : lo,
                hi.isEmpty() ? "–" : hi);
    }
}
