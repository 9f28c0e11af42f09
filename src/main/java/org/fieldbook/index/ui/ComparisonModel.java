package org.fieldbook.index.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fieldbook.index.results.EditionSample;
import org.fieldbook.index.results.GroupStats;
import org.fieldbook.index.results.IndexResult;
import org.fieldbook.index.results.IndexResultService;
import org.fieldbook.index.results.Rank;

/**
 * What the office comparison screen shows: for an edition, a group of the sample and an area (or the ICC Index, or the
 * lens), every city of the group with its verified rate and its rank in the group (each city once, latest result).
 */
public final class ComparisonModel {
    public static final String OVERALL = "overall";
    public static final String LENS = "lens";

    /** One city in the table. */
    public record Row(String cityId, String city, String country, Long population, Double foreignBornPct, String date,
                      Double rate, Integer rank, int outOf) {
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
        sample = results.sample(edition);
        return sample;
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
                    rank == null ? null : rank.rank(), sorted.length));
        }
        out.sort(Comparator.comparing((Row x) -> x.rate() == null ? 1 : 0).thenComparing(x -> x.rate() == null ? 0 : -x.rate())
                .thenComparing(Row::city));
        return out;
    }
}
