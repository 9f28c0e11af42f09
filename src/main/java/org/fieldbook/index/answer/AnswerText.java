package org.fieldbook.index.answer;

import java.util.stream.Collectors;
import org.fieldbook.index.definition.QuestionDefinition;

/** An answer as people read it: option labels in the wanted language, numbers as the language writes them (12,5 in French) without a trailing ".0". */
public final class AnswerText {
    private AnswerText() {
    }

    public static String format(QuestionDefinition q, AnswerValue v, String language) {
        if (v == null) {
            return "";
        }
        if (v instanceof AnswerValue.Choice c) {
            return q.option(c.option()).map(o -> o.label(language)).orElse(c.option());
        }
        if (v instanceof AnswerValue.Choices c) {
            return c.options().stream().map(id -> q.option(id).map(o -> o.label(language)).orElse(id))
                    .collect(Collectors.joining("; "));
        }
        if (v instanceof AnswerValue.Number n) {
            String s = org.fieldbook.support.LenientNumbers.format(n.value(), java.util.Locale.forLanguageTag(language), 6);
            return q.type() == org.fieldbook.index.definition.QuestionType.PERCENTAGE ? s + " %" : s;
        }
        return ((AnswerValue.Text) v).text();
    }
}
