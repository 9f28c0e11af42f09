package org.fieldbook.index.sample;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.fieldbook.index.definition.Texts;

/**
 * A group of sample cities: the whole sample ({@code dimension} "all"), or cities by population or by
 * diversity (foreign-born share, percent). Bounds are inclusive below, exclusive above; null means open.
 * {@code distribution} optionally lists every city's overall index, for ranking.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SampleGroup(String id, String dimension, Map<String, String> label, Double populationMin, Double populationMax,
                          Double foreignBornMin, Double foreignBornMax, Stat overall, Map<String, Stat> areas,
                          List<Double> distribution) {
    public static final String ALL = "all";
    public static final String POPULATION = "population";
    public static final String DIVERSITY = "diversity";

    public SampleGroup {
        label = label == null ? Map.of() : Map.copyOf(label);
        areas = areas == null ? Map.of() : Map.copyOf(areas);
        distribution = distribution == null ? List.of() : List.copyOf(distribution);
    }

    public String label(String language) {
        String l = Texts.pick(label, language);
        return l.isEmpty() ? id : l;
    }

    /** Whether a city with this population and foreign-born share belongs to the group. */
    public boolean fits(Long population, Double foreignBornPct) {
        return switch (dimension) {
            case ALL -> true;
            case POPULATION -> population != null && within(population.doubleValue(), populationMin, populationMax);
            case DIVERSITY -> foreignBornPct != null && within(foreignBornPct, foreignBornMin, foreignBornMax);
            default -> false;
        };
    }

    private static boolean within(double v, Double min, Double max) {
        return (min == null || v >= min) && (max == null || v < max);
    }
}
