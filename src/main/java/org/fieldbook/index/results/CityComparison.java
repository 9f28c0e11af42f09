package org.fieldbook.index.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A city's result set beside the sample of its edition: for the whole sample and each group that fits the city,
 * the group's statistics and the city's rank (verified side), overall, for the lens and per area. Each city counts
 * once, itself included, with the result being compared standing for it. {@code source} says where the sample came
 * from: {@link #FROM_RESULTS} (the results held) — the loaded-statistics fallback is {@code SampleComparison}.
 */
public record CityComparison(IndexResult result, String source, List<GroupComparison> groups) {
    public static final String FROM_RESULTS = "results";

    /** One group: its statistics and the city's ranks in it (null where the city has no rate). */
    public record GroupComparison(GroupStats stats, Rank overall, Rank lens, Map<String, Rank> areas) {
    }

    public CityComparison {
        groups = List.copyOf(groups);
    }

    /**
     * Compares {@code r} with the sample made of {@code results} (the edition's results held, any number per city):
     * each other city's latest result, and {@code r} for its own city.
     */
    public static CityComparison of(IndexResult r, List<IndexResult> results, SampleGroups specs) {
        Map<String, IndexResult> members = new LinkedHashMap<>(EditionSample.latestPerCity(results));
        members.put(r.cityId(), r);
        return within(EditionSample.of(r.questionnaireId(), members, specs), r);
    }

    /** The ranks of {@code r} in a sample it is already a member of (the cheap path for ranking every city). */
    public static CityComparison within(EditionSample sample, IndexResult r) {
        List<GroupComparison> out = new ArrayList<>();
        for (GroupStats g : sample.groupsOf(r)) {
            Map<String, Rank> areas = new LinkedHashMap<>();
            r.verifiedRates().forEach((a, v) -> {
                double[] s = g.sortedAreas().get(a);
                if (v != null && s != null) {
                    areas.put(a, Rank.amongMembers(v, s));
                }
            });
            out.add(new GroupComparison(g, rank(r.overallVerified(), g.sortedOverall()), rank(r.lensVerified(), g.sortedLens()), areas));
        }
        return new CityComparison(r, FROM_RESULTS, out);
    }

    private static Rank rank(Double v, double[] sorted) {
        return v == null || sorted.length == 0 ? null : Rank.amongMembers(v, sorted);
    }

    public GroupComparison whole() {
        return groups.get(0);
    }
}
