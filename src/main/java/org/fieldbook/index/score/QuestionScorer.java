package org.fieldbook.index.score;

import org.fieldbook.index.answer.AnswerValue;
import org.fieldbook.index.definition.OptionDefinition;
import org.fieldbook.index.definition.QuestionDefinition;
import org.fieldbook.index.definition.ScoreBand;

/** Points reached by one answer, by the rules in {@link QuestionDefinition}. */
public final class QuestionScorer {
    private QuestionScorer() {
    }

    public static double points(QuestionDefinition q, AnswerValue v) {
        return points(q, v, q.possiblePoints());
    }

    /** As {@link #points(QuestionDefinition, AnswerValue)} with the question's maximum already known. */
    static double points(QuestionDefinition q, AnswerValue v, double max) {
        if (v == null) {
            return 0;
        }
        double p = 0;
        if (v instanceof AnswerValue.Choice c) {
            p = optionPoints(q, c.option());
        } else if (v instanceof AnswerValue.Choices c) {
            for (String id : c.options()) {
                p += optionPoints(q, id);
            }
        } else if (v instanceof AnswerValue.Number n) {
            for (ScoreBand b : q.bands()) {
                if (b.contains(n.value())) {
                    p = b.points();
                    break;
                }
            }
        } else {
            p = ((AnswerValue.Text) v).text().isBlank() ? 0 : max;
        }
        return Math.max(0, Math.min(p, max));
    }

    private static double optionPoints(QuestionDefinition q, String id) {
        for (OptionDefinition o : q.options()) {
            if (o.id().equals(id)) {
                return o.points();
            }
        }
        return 0;
    }
}
