package org.fieldbook.index.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fieldbook.index.results.CityProgress;
import org.fieldbook.index.results.EditionSample;
import org.fieldbook.index.results.GroupStats;
import org.fieldbook.index.results.IndexResult;
import org.fieldbook.index.results.IndexResultService;
import org.fieldbook.index.results.Rank;
import org.fieldbook.index.results.Summary;

/**
 * What the office comparison screen shows: for an edition, a group of the sample and an area (or the ICC Index, or the
 * lens), every city of the group with its verified rate and its rank in the group (each city once, latest result).
 */
public final class ComparisonModel {
    public static final String OVERALL = "overall";
    public static final String LENS = "lens";

    /** One city in the table; {@code visitId} is the visit its latest result comes from (null for an imported one). */
    public record Row(String cityId, String city, String country, Long population, Double foreignBornPct, String date,
                      Double rate, Integer rank, int outOf, String visitId) {
    }

    /** One bar of the "city against its groups" chart: the city's own rate first, then each group's mean. */
    public record Bar(String label, Double value) {
    }

    /** One assessment in the "city's progress" chart, oldest first; {@code mapped}: from another edition, through the mapping. */
    public record Point(String date, String edition, boolean mapped, Double value) {
    }

    private final IndexResultService results;
    private EditionSample sample;

    public ComparisonModel(IndexResultService results) {
        this.results = results;
    }

    public List<String> editions() {
        return results.editions();
    }

    /** Computes the edition's sample (call again after new results). */
    public EditionSample load(String edition) {
        use(compute(edition));
        return sample;
    }

    /** Computes an edition's sample without showing it (reads the database: off the JavaFX thread). */
    public EditionSample compute(String edition) {
        return results.sample(edition);
    }

    /** Shows a computed sample. */
    public void use(EditionSample computed) {
        sample = computed;
    }

    public EditionSample sample() {
        return sample;
    }

    /** The groups of the loaded edition that hold cities, the whole sample first. */
    public List<GroupStats> groups() {
        return sample == null ? List.of() : sample.groups().stream().filter(g -> !g.cityIds().isEmpty()).toList();
    }

    /** The group's cities, highest rate first (cities without a rate last), with their ranks. */
    public List<Row> rows(String groupKey, String area) {
        if (sample == null) {
            return List.of();
        }
        GroupStats g = sample.groups().stream().filter(x -> x.key().equals(groupKey)).findFirst().orElse(null);
        if (g == null) {
            return List.of();
        }
        double[] sorted = OVERALL.equals(area) ? g.sortedOverall() : LENS.equals(area) ? g.sortedLens()
                : g.sortedAreas().getOrDefault(area, new double[0]);
        List<Row> out = new ArrayList<>();
        for (String cityId : g.cityIds()) {
            IndexResult r = sample.latestByCity().get(cityId);
            Double rate = OVERALL.equals(area) ? r.overallVerified() : LENS.equals(area) ? r.lensVerified() : r.rate(area, true);
            Rank rank = rate == null ? null : Rank.amongMembers(rate, sorted);
            out.add(new Row(cityId, r.cityName(), r.country(), r.population(), r.foreignBornPct(), r.date(), rate,
                    rank == null ? null : rank.rank(), sorted.length, r.visitId()));
        }
        out.sort(Comparator.comparing((Row x) -> x.rate() == null ? 1 : 0).thenComparing(x -> x.rate() == null ? 0 : -x.rate())
                .thenComparing(Row::city));
        return out;
    }

    static Double rate(IndexResult r, String area) {
        return OVERALL.equals(area) ? r.overallVerified() : LENS.equals(area) ? r.lensVerified() : r.rate(area, true);
    }

    static Double mean(GroupStats g, String area) {
        Summary s = OVERALL.equals(area) ? g.overall() : LENS.equals(area) ? g.lens() : g.areas().get(area);
        return s == null || s.count() == 0 ? null : s.mean();
    }

    /**
     * The city's verified rate in the area, then the mean of the whole sample and of each group it belongs to (the
     * groups of the comparison, the report and the command line); empty when the city is not in the loaded sample.
     */
    public List<Bar> againstGroups(String cityId, String area, String language) {
        IndexResult r = sample == null || cityId == null ? null : sample.latestByCity().get(cityId);
        if (r == null) {
            return List.of();
        }
        List<Bar> out = new ArrayList<>();
        out.add(new Bar(r.cityName(), rate(r, area)));
        for (GroupStats g : sample.groupsOf(r)) {
            out.add(new Bar(g.label(language), mean(g, area)));
        }
        return out;
    }

    /**
     * The city's successive results in the area, oldest first, earlier editions translated through the office's area
     * mapping (reads the database: off the JavaFX thread).
     */
    public List<Point> progress(String cityId, String area) {
        CityProgress p = results.progress(cityId);
        List<Point> out = new ArrayList<>();
        for (CityProgress.Step st : p.steps()) {
            Double v = OVERALL.equals(area) ? st.result().overallVerified() : LENS.equals(area) ? st.result().lensVerified()
                    : st.verified().get(area);
            out.add(new Point(st.result().date(), st.result().questionnaireId(), st.mapped(), v));
        }
        return out;
    }
}
