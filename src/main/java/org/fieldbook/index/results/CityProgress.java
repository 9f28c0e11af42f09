package org.fieldbook.index.results;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.fieldbook.index.definition.AreaDefinition;
import org.fieldbook.index.definition.QuestionnaireDefinition;

/**
 * A city's successive results side by side, oldest first, with the area rates of every result expressed in the
 * areas of the latest result's edition (through the {@link AreaMapping}), and the change from each result to the next.
 */
public record CityProgress(String cityId, String cityName, String targetQuestionnaireId, List<Step> steps, List<String> areas) {
    /**
     * One result in the series: its rates (verified; self-assessed beside) in the target edition's areas, and the
     * changes since the previous step (null for the first step, or where either side has no rate).
     * {@code mapped} is true when the result was answered on another edition and its areas were translated.
     */
    public record Step(IndexResult result, boolean mapped, Map<String, Double> verified, Map<String, Double> self,
                       Map<String, Double> change, Double overallChange, Double lensChange) {
    }

    public CityProgress {
        steps = List.copyOf(steps);
        areas = List.copyOf(areas);
    }

    /**
     * Builds the progress of one city from its results (any order). {@code definitions} finds a loaded edition by id
     * (null when unknown), for the target's area order.
     */
    public static CityProgress of(List<IndexResult> results, AreaMapping mapping, Function<String, QuestionnaireDefinition> definitions) {
        if (results.isEmpty()) {
            throw new IllegalArgumentException("no INDEX results for this city");
        }
        List<IndexResult> sorted = results.stream()
                .sorted(java.util.Comparator.comparing(IndexResult::date).thenComparing(IndexResult::id)).toList();
        IndexResult latest = sorted.get(sorted.size() - 1);
        String target = latest.questionnaireId();
        QuestionnaireDefinition td = definitions.apply(target);
        Set<String> targetAreas = td == null ? null : new LinkedHashSet<>(td.areas().stream().map(AreaDefinition::id).toList());
        List<Step> steps = new ArrayList<>();
        Step previous = null;
        Set<String> seen = new LinkedHashSet<>();
        for (IndexResult r : sorted) {
            Map<String, Double> v = mapping.translate(r.questionnaireId(), target, r.verifiedRates(), targetAreas);
            Map<String, Double> s = mapping.translate(r.questionnaireId(), target, r.selfRates(), targetAreas);
            seen.addAll(v.keySet());
            Map<String, Double> change = new java.util.LinkedHashMap<>();
            if (previous != null) {
                for (Map.Entry<String, Double> e : v.entrySet()) {
                    Double before = previous.verified().get(e.getKey());
                    if (before != null) {
                        change.put(e.getKey(), e.getValue() - before);
                    }
                }
            }
            Step step = new Step(r, !r.questionnaireId().equals(target), v, s, change,
                    previous == null ? null : diff(r.overallVerified(), previous.result().overallVerified()),
                    previous == null ? null : diff(r.lensVerified(), previous.result().lensVerified()));
            steps.add(step);
            previous = step;
        }
        List<String> areas = new ArrayList<>();
        if (targetAreas != null) {
            targetAreas.stream().filter(seen::contains).forEach(areas::add);
        }
        seen.stream().filter(a -> !areas.contains(a)).forEach(areas::add);
        return new CityProgress(latest.cityId(), latest.cityName(), target, steps, areas);
    }

    private static Double diff(Double now, Double before) {
        return now == null || before == null ? null : now - before;
    }
}
