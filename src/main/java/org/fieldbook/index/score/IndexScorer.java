package org.fieldbook.index.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldbook.index.answer.AnswerValue;
import org.fieldbook.index.answer.CityAnswer;
import org.fieldbook.index.definition.AreaDefinition;
import org.fieldbook.index.definition.QuestionDefinition;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.verify.Verification;
import org.fieldbook.index.verify.VerificationStatus;

/**
 * The scoring rules. Area rate = 100 × points reached ÷ points possible; a required question left unanswered
 * scores 0 of its maximum; an optional question left unanswered counts in neither. The ICC Index is the mean
 * of the counted area rates weighted by the definition's weights; an optional area counts only when at least
 * one of its questions is answered, and an area with nothing possible (no rate) never counts.
 */
public final class IndexScorer {
    private IndexScorer() {
    }

    public static IndexScore score(QuestionnaireDefinition d, Map<String, CityAnswer> city, Map<String, Verification> checks) {
        return score(ScoringPlan.of(d), city, checks);
    }

    static IndexScore score(ScoringPlan plan, Map<String, CityAnswer> city, Map<String, Verification> checks) {
        Map<String, AnswerValue> self = EffectiveAnswers.self(city);
        Map<String, AnswerValue> verified = EffectiveAnswers.verified(city, checks);
        Set<String> unverified = new java.util.HashSet<>();
        checks.forEach((q, v) -> {
            if (v.status() == VerificationStatus.COULD_NOT_VERIFY) {
                unverified.add(q);
            }
        });
        List<AreaScore> areas = new ArrayList<>();
        for (ScoringPlan.AreaPlan p : plan.areas()) {
            AreaDefinition a = p.area();
            areas.add(new AreaScore(a.id(), a.weight(), a.optional(), side(p, self, Set.of()), side(p, verified, unverified)));
        }
        return new IndexScore(plan.questionnaireId(), areas, overall(areas, true), overall(areas, false));
    }

    /** Scores one side of one area. */
    static SideScore side(AreaDefinition a, List<QuestionDefinition> qs, Map<String, AnswerValue> answers, Set<String> unverified) {
        double[] possible = qs.stream().mapToDouble(QuestionDefinition::possiblePoints).toArray();
        return side(new ScoringPlan.AreaPlan(a, qs, possible), answers, unverified);
    }

    static SideScore side(ScoringPlan.AreaPlan plan, Map<String, AnswerValue> answers, Set<String> unverified) {
        AreaDefinition a = plan.area();
        List<QuestionDefinition> qs = plan.questions();
        double points = 0;
        double max = 0;
        double unverifiedPoints = 0;
        boolean anyAnswered = false;
        for (int i = 0; i < qs.size(); i++) {
            QuestionDefinition q = qs.get(i);
            AnswerValue v = answers.get(q.id());
            anyAnswered |= v != null;
            double possible = plan.possible()[i];
            if (possible <= 0 || (v == null && q.optional())) {
                continue;
            }
            double p = QuestionScorer.points(q, v, possible);
            points += p;
            max += possible;
            if (unverified.contains(q.id())) {
                unverifiedPoints += p;
            }
        }
        Double rate = max > 0 ? 100.0 * points / max : null;
        boolean counted = rate != null && (!a.optional() || anyAnswered);
        return new SideScore(points, max, rate, counted, unverifiedPoints);
    }

    static Double overall(List<AreaScore> areas, boolean selfSide) {
        double sum = 0;
        double weights = 0;
        for (AreaScore a : areas) {
            SideScore s = selfSide ? a.self() : a.verified();
            if (s.counted()) {
                sum += a.weight() * s.rate();
                weights += a.weight();
            }
        }
        return weights > 0 ? sum / weights : null;
    }
}
