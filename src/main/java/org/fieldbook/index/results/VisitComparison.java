package org.fieldbook.index.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldbook.index.sample.SampleComparison;
import org.fieldbook.index.sample.SampleGroup;
import org.fieldbook.index.sample.Stat;

/**
 * What the command line, the workbook and the reports show of a visit's comparison: the visit's result, where the
 * sample comes from ({@link #FROM_RESULTS} — the results held —, or {@link #FROM_LOADED} — loaded statistics, which
 * carry only mean, maximum and count, and a rank in the whole sample), and one column per group that fits the city,
 * the whole sample first.
 */
public record VisitComparison(String visitId, IndexResult result, String source, String sampleId, List<Column> groups) {
    public static final String FROM_RESULTS = "results";
    public static final String FROM_LOADED = "loaded statistics";

    /** One group: labels (en, fr), statistics and the city's ranks (null where unknown). */
    public record Column(String key, String dimension, Map<String, String> label, Summary overall, Summary lens,
                         Map<String, Summary> areas, Rank overallRank, Rank lensRank, Map<String, Rank> areaRanks) {
        public String label(String language) {
            String l = label.get(language);
            return l == null || l.isBlank() ? label.getOrDefault("en", key) : l;
        }
    }

    public VisitComparison {
        groups = List.copyOf(groups);
    }

    public Column whole() {
        return groups.get(0);
    }

    public static VisitComparison of(String visitId, CityComparison cc) {
        List<Column> cols = new ArrayList<>();
        for (CityComparison.GroupComparison g : cc.groups()) {
            GroupStats st = g.stats();
            cols.add(new Column(st.key(), st.dimension(), Map.of("en", st.label("en"), "fr", st.label("fr")), st.overall(), st.lens(),
                    st.areas(), g.overall(), g.lens(), g.areas()));
        }
        return new VisitComparison(visitId, cc.result(), FROM_RESULTS, cc.result().questionnaireId(), cols);
    }

    public static VisitComparison ofLoaded(String visitId, IndexResult r, String sampleId, SampleComparison sc) {
        List<Column> cols = new ArrayList<>();
        for (SampleGroup g : sc.groups()) {
            Map<String, Summary> areas = new LinkedHashMap<>();
            g.areas().forEach((a, st) -> areas.put(a, summary(st)));
            boolean all = SampleGroup.ALL.equals(g.dimension());
            Rank rank = all && sc.rank() != null ? new Rank(sc.rank(), sc.rankOutOf()) : null;
            cols.add(new Column(g.id(), g.dimension(), Map.of("en", g.label("en"), "fr", g.label("fr")),
                    g.overall() == null ? Summary.EMPTY : summary(g.overall()), Summary.EMPTY, areas, rank, null, Map.of()));
        }
        return new VisitComparison(visitId, r, FROM_LOADED, sampleId, cols);
    }

    private static Summary summary(Stat st) {
        return new Summary(st.count(), st.mean(), null, null, null, null, st.max());
    }
}
