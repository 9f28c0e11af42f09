package org.fieldbook.index.results;

import java.util.Map;
import org.fieldbook.index.definition.AreaDefinition;
import org.fieldbook.index.definition.QuestionnaireDefinition;

/**
 * Aggregates of area rates by the definition's weights: the ICC Index (every area with a rate, weighted) and the
 * intercultural-lens rate (the areas of the group {@value #LENS_GROUP}, weighted the same way). The composite rule
 * is data: the weights and the group membership come from the questionnaire definition.
 */
public final class Rates {
    public static final String LENS_GROUP = "intercultural_lens";

    private Rates() {
    }

    /** The weighted mean of the rates present, over the definition's areas; null when none is present. */
    public static Double overall(QuestionnaireDefinition d, Map<String, Double> rates) {
        return weighted(d, rates, false);
    }

    /** The weighted mean of the lens areas' rates present; null when the edition has no lens or none is answered. */
    public static Double lens(QuestionnaireDefinition d, Map<String, Double> rates) {
        return weighted(d, rates, true);
    }

    private static Double weighted(QuestionnaireDefinition d, Map<String, Double> rates, boolean lensOnly) {
        double sum = 0;
        double weights = 0;
        for (AreaDefinition a : d.areas()) {
            if (lensOnly && !LENS_GROUP.equals(a.group())) {
                continue;
            }
            Double r = rates.get(a.id());
            if (r != null) {
                sum += a.weight() * r;
                weights += a.weight();
            }
        }
        return weights > 0 ? sum / weights : null;
    }
}
