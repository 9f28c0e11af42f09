package org.fieldbook.index.answer;

import java.util.stream.Collectors;
import org.fieldbook.index.definition.QuestionDefinition;

/** An answer as people read it: option labels in the wanted language, numbers without a trailing ".0". */
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
            String s = AnswerChecker.fmt(n.value());
            return q.type() == org.fieldbook.index.definition.QuestionType.PERCENTAGE ? s + " %" : s;
        }
        return ((AnswerValue.Text) v).text();
    }
}
