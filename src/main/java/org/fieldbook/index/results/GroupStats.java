package org.fieldbook.index.results;

import java.util.List;
import java.util.Map;

/**
 * The statistics of one group of an edition's sample: its key ("all", a group id, or "country:FR"), the spec it
 * comes from (null for the whole sample), the country of a per-country group, its cities, and the verified overall
 * index, lens rate and area rates summarised. {@code sorted*} keep every member's value ascending, for ranking.
 */
public record GroupStats(String key, GroupSpec spec, String country, List<String> cityIds, Summary overall, Summary lens,
                         Map<String, Summary> areas, double[] sortedOverall, double[] sortedLens,
                         Map<String, double[]> sortedAreas) {
    public static final String ALL = "all";

    public String label(String language) {
        if (spec == null) {
            return "fr".equals(language) ? "toutes les villes" : "all cities";
        }
        return spec.label(language, country);
    }

    public String dimension() {
        return spec == null ? ALL : spec.dimension();
    }
}
