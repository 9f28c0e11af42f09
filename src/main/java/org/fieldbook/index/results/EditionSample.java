package org.fieldbook.index.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The sample of one edition computed from the results held: each city's latest result (by date) counts once, and
 * the statistics of the whole sample and of every group the office defines are computed from the verified rates.
 */
public record EditionSample(String questionnaireId, Map<String, IndexResult> latestByCity, List<GroupStats> groups) {

    /** The latest result per city among {@code results} (of one edition); later date wins, then the larger id. */
    public static Map<String, IndexResult> latestPerCity(List<IndexResult> results) {
        Map<String, IndexResult> latest = new TreeMap<>();
        Comparator<IndexResult> order = Comparator.comparing(IndexResult::date).thenComparing(IndexResult::id);
        for (IndexResult r : results) {
            latest.merge(r.cityId(), r, (a, b) -> order.compare(a, b) >= 0 ? a : b);
        }
        return latest;
    }

    /** Computes the sample of an edition from its results (any number per city). */
    public static EditionSample compute(String questionnaireId, List<IndexResult> results, SampleGroups specs) {
        return of(questionnaireId, latestPerCity(results), specs);
    }

    /** Computes the statistics of a sample whose members (one result per city) are given. */
    public static EditionSample of(String questionnaireId, Map<String, IndexResult> members, SampleGroups specs) {
        Map<String, List<IndexResult>> byGroup = new LinkedHashMap<>();
        Map<String, GroupSpec> specOf = new LinkedHashMap<>();
        Map<String, String> countryOf = new LinkedHashMap<>();
        byGroup.put(GroupStats.ALL, new ArrayList<>(members.values()));
        for (GroupSpec spec : specs.groups()) {
            if (!spec.perCountry()) {
                byGroup.put(spec.id(), new ArrayList<>());
                specOf.put(spec.id(), spec);
            }
        }
        for (IndexResult r : members.values()) {
            for (GroupSpec spec : specs.groups()) {
                if (spec.fits(r.population(), r.foreignBornPct(), r.country())) {
                    String key = spec.keyFor(r.country());
                    byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
                    specOf.putIfAbsent(key, spec);
                    if (spec.perCountry()) {
                        countryOf.putIfAbsent(key, r.country().trim());
                    }
                }
            }
        }
        List<GroupStats> groups = new ArrayList<>();
        for (Map.Entry<String, List<IndexResult>> e : byGroup.entrySet()) {
            groups.add(stats(e.getKey(), specOf.get(e.getKey()), countryOf.get(e.getKey()), e.getValue()));
        }
        return new EditionSample(questionnaireId, members, List.copyOf(groups));
    }

    static GroupStats stats(String key, GroupSpec spec, String country, List<IndexResult> members) {
        TreeSet<String> areaIds = new TreeSet<>();
        members.forEach(r -> areaIds.addAll(r.verifiedRates().keySet()));
        Map<String, Summary> areas = new LinkedHashMap<>();
        Map<String, double[]> sortedAreas = new LinkedHashMap<>();
        for (String a : areaIds) {
            double[] s = sorted(members.stream().map(r -> r.verifiedRates().get(a)).toList());
            sortedAreas.put(a, s);
            areas.put(a, Summary.ofSorted(s));
        }
        double[] overall = sorted(members.stream().map(IndexResult::overallVerified).toList());
        double[] lens = sorted(members.stream().map(IndexResult::lensVerified).toList());
        List<String> ids = members.stream().map(IndexResult::cityId).sorted().toList();
        return new GroupStats(key, spec, country, ids, Summary.ofSorted(overall), Summary.ofSorted(lens), areas, overall,
                lens, sortedAreas);
    }

    private static double[] sorted(List<Double> values) {
        return Summary.sorted(values.stream().filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).toArray());
    }

    public GroupStats whole() {
        return groups.get(0);
    }

    /** The groups a result's city belongs to, the whole sample first. */
    public List<GroupStats> groupsOf(IndexResult r) {
        List<GroupStats> out = new ArrayList<>();
        for (GroupStats g : groups) {
            if (g.spec() == null || (g.spec().fits(r.population(), r.foreignBornPct(), r.country())
                    && g.key().equals(g.spec().keyFor(r.country())))) {
                out.add(g);
            }
        }
        return out;
    }
}
