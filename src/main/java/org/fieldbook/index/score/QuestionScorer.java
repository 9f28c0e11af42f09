package org.fieldbook.index.score;

import org.fieldbook.index.answer.AnswerValue;
import org.fieldbook.index.definition.QuestionDefinition;
import org.fieldbook.index.definition.ScoreBand;

/** Points reached by one answer, by the rules in {@link QuestionDefinition}. */
public final class QuestionScorer {
    private QuestionScorer() {
    }

    public static double points(QuestionDefinition q, AnswerValue v) {
        if (v == null) {
            return 0;
        }
        double max = q.possiblePoints();
        double p;
        if (v instanceof AnswerValue.Choice c) {
            p = q.option(c.option()).map(o -> o.points()).orElse(0.0);
        } else if (v instanceof AnswerValue.Choices c) {
            p = c.options().stream().mapToDouble(id -> q.option(id).map(o -> o.points()).orElse(0.0)).sum();
        } else if (v instanceof AnswerValue.Number n) {
            p = q.bands().stream().filter(b -> b.contains(n.value())).findFirst().map(ScoreBand::points).orElse(0.0);
        } else {
            p = ((AnswerValue.Text) v).text().isBlank() ? 0 : max;
        }
        return Math.max(0, Math.min(p, max));
    }
}
