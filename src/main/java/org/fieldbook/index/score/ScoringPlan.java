package org.fieldbook.index.score;

import java.util.ArrayList;
import java.util.List;
import org.fieldbook.index.definition.AreaDefinition;
import org.fieldbook.index.definition.QuestionDefinition;
import org.fieldbook.index.definition.QuestionnaireDefinition;

/** A definition prepared for scoring: each area's questions with their maximum points, worked out once. */
record ScoringPlan(String questionnaireId, List<AreaPlan> areas) {
    /** One area and its questions; {@code possible[i]} is the maximum of {@code questions.get(i)}. */
    record AreaPlan(AreaDefinition area, List<QuestionDefinition> questions, double[] possible) {
    }

    static ScoringPlan of(QuestionnaireDefinition d) {
        List<AreaPlan> areas = new ArrayList<>();
        for (AreaDefinition a : d.areas()) {
            List<QuestionDefinition> qs = d.questionsOf(a.id());
            double[] possible = new double[qs.size()];
            for (int i = 0; i < qs.size(); i++) {
                possible[i] = qs.get(i).possiblePoints();
            }
            areas.add(new AreaPlan(a, qs, possible));
        }
        return new ScoringPlan(d.id(), List.copyOf(areas));
    }
}
