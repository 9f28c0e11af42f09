package org.fieldbook.index.score;

import java.util.List;
import java.util.Optional;

/** A visit's scores: per area, and the overall ICC Index on each side (null when no area counts). */
public record IndexScore(String questionnaireId, List<AreaScore> areas, Double overallSelf, Double overallVerified) {
    public IndexScore {
        areas = List.copyOf(areas);
    }

    public Double overallDifference() {
        return overallSelf == null || overallVerified == null ? null : overallVerified - overallSelf;
    }

    public Optional<AreaScore> area(String areaId) {
        return areas.stream().filter(a -> a.areaId().equals(areaId)).findFirst();
    }
}
