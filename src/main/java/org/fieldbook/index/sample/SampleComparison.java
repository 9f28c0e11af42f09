package org.fieldbook.index.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A city's scores set against the sample groups that fit it: the whole sample, its population group and its
 * diversity group (each when present and applicable), and its rank in the whole sample's distribution.
 */
public record SampleComparison(List<SampleGroup> groups, Integer rank, Integer rankOutOf) {
    public SampleComparison {
        groups = List.copyOf(groups);
    }

    /**
     * Picks the groups that fit a city and ranks its overall index among the whole sample's distribution
     * (rank = 1 + the number of sample cities above it, out of the sample plus this city).
     */
    public static SampleComparison of(SampleStatistics s, Long population, Double foreignBornPct, Double overall) {
        List<SampleGroup> fit = new ArrayList<>();
        for (String dim : List.of(SampleGroup.ALL, SampleGroup.POPULATION, SampleGroup.DIVERSITY)) {
            s.groups().stream().filter(g -> g.dimension().equals(dim) && g.fits(population, foreignBornPct))
                    .findFirst().ifPresent(fit::add);
        }
        Integer rank = null;
        Integer outOf = null;
        Optional<SampleGroup> all = fit.stream().filter(g -> g.dimension().equals(SampleGroup.ALL)).findFirst();
        if (overall != null && all.isPresent() && !all.get().distribution().isEmpty()) {
            List<Double> dist = all.get().distribution();
            rank = 1 + (int) dist.stream().filter(v -> v > overall).count();
            outOf = dist.size() + 1;
        }
        return new SampleComparison(fit, rank, outOf);
    }

    /** The whole-sample mean for an area, if known. */
    public Optional<Stat> mean(String areaId) {
        return groups.stream().filter(g -> g.dimension().equals(SampleGroup.ALL)).findFirst()
                .map(g -> g.areas().get(areaId));
    }
}
