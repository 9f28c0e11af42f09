package org.fieldbook.index.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Statistics and ranks worked out by hand on four cities (edition "q"):
 * <pre>
 *        pop      fb%  country overall commitment education participation(optional)
 *   A  500,000    20   FR      80      90         70        50      (and an older 2015 result, overall 20)
 *   B  300,000    10   FR      70      60         80        -
 *   C  200,000    25   DE      70      60         50        30
 *   D   50,000    15   IT      40      30         40        -
 * </pre>
 */
class SampleStatisticsTest {
    static final double EPS = 1e-9;

    static IndexResult result(String city, String date, long pop, double fb, String country, Double overall,
                              Map<String, Double> rates) {
        return new IndexResult(city + "-" + date, city, "City " + city, country, pop, fb, "q", date, null, "test",
                Map.of(), rates, null, overall, null, null);
    }

    static Map<String, Double> rates(Object... kv) {
        Map<String, Double> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], ((Number) kv[i + 1]).doubleValue());
        }
        return m;
    }

    static final IndexResult A_OLD = result("A", "2015", 480_000, 18, "FR", 20.0, rates("commitment", 10, "education", 20));
    static final IndexResult A = result("A", "2021-05-01", 500_000, 20, "FR", 80.0,
            rates("commitment", 90, "education", 70, "participation", 50));
    static final IndexResult B = result("B", "2020", 300_000, 10, "FR", 70.0, rates("commitment", 60, "education", 80));
    static final IndexResult C = result("C", "2022", 200_000, 25, "DE", 70.0,
            rates("commitment", 60, "education", 50, "participation", 30));
    static final IndexResult D = result("D", "2019", 50_000, 15, "IT", 40.0, rates("commitment", 30, "education", 40));
    static final List<IndexResult> ALL = List.of(A_OLD, B, A, C, D);

    private static GroupStats group(EditionSample s, String key) {
        return s.groups().stream().filter(g -> g.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
    }

    @Test
    void summaryByHand() {
        Summary s = Summary.of(List.of(70.0, 40.0, 80.0, 70.0));
        assertEquals(4, s.count());
        assertEquals(65, s.mean(), EPS);
        assertEquals(70, s.median(), EPS, "even count: mean of the two middle values");
        assertEquals(62.5, s.q1(), EPS, "40 + 0.75 × (70 − 40)");
        assertEquals(72.5, s.q3(), EPS, "70 + 0.25 × (80 − 70)");
        assertEquals(40, s.min(), EPS);
        assertEquals(80, s.max(), EPS);
        Summary one = Summary.of(List.of(55.0));
        assertEquals(55, one.median(), EPS);
        assertEquals(55, one.q1(), EPS);
        assertEquals(55, one.q3(), EPS);
        Summary odd = Summary.of(List.of(10.0, 20.0, 30.0, 40.0, 100.0));
        assertEquals(30, odd.median(), EPS);
        assertEquals(20, odd.q1(), EPS);
        assertEquals(40, odd.q3(), EPS);
        assertEquals(0, Summary.of(List.of()).count());
        assertNull(Summary.of(List.of()).mean());
    }

    @Test
    void latestResultPerCityCountsOnce() {
        EditionSample s = EditionSample.compute("q", ALL, SampleGroups.defaults());
        assertEquals(4, s.latestByCity().size());
        assertEquals(A, s.latestByCity().get("A"), "the 2021 result, not the 2015 one");
        Summary overall = s.whole().overall();
        assertEquals(4, overall.count());
        assertEquals(65, overall.mean(), EPS, "(80 + 70 + 70 + 40) / 4; the 2015 result (20) would give 51");
        assertEquals(70, overall.median(), EPS);
        assertEquals(62.5, overall.q1(), EPS);
        assertEquals(72.5, overall.q3(), EPS);
        assertEquals(60, s.whole().areas().get("commitment").mean(), EPS);
        assertEquals(60, s.whole().areas().get("commitment").median(), EPS);
    }

    @Test
    void optionalAreaAnsweredByFewCities() {
        EditionSample s = EditionSample.compute("q", ALL, SampleGroups.defaults());
        Summary p = s.whole().areas().get("participation");
        assertEquals(2, p.count(), "only A and C answered the optional area");
        assertEquals(40, p.mean(), EPS);
        assertEquals(30, p.min(), EPS);
        CityComparison b = CityComparison.within(s, B);
        assertFalse(b.whole().areas().containsKey("participation"), "B has no rate there, so no rank");
        CityComparison c = CityComparison.within(s, C);
        assertEquals(new Rank(2, 2), c.whole().areas().get("participation"), "ranked among the two that answered");
    }

    @Test
    void groupsByBandsAndCountry() {
        EditionSample s = EditionSample.compute("q", ALL, SampleGroups.defaults());
        GroupStats big = group(s, "population_over_200000");
        assertEquals(List.of("A", "B"), big.cityIds(), "C has exactly 200,000: not more than 200,000");
        assertEquals(75, big.overall().mean(), EPS);
        assertEquals(List.of("C", "D"), group(s, "population_up_to_200000").cityIds());
        assertEquals(List.of("A", "C"), group(s, "foreign_born_over_15").cityIds(), "D has exactly 15%: not more");
        assertEquals(List.of("B", "D"), group(s, "foreign_born_up_to_15").cityIds());
        assertEquals(List.of("A", "B"), group(s, "country:FR").cityIds());
        assertEquals(List.of("C"), group(s, "country:DE").cityIds());
        assertEquals("cities in DE", group(s, "country:DE").label("en"));
        assertEquals(List.of("all", "population_over_200000", "foreign_born_up_to_15", "country:FR"),
                s.groupsOf(B).stream().map(GroupStats::key).toList());
    }

    @Test
    void ranksWithTiesAndACityAloneInItsGroup() {
        EditionSample s = EditionSample.compute("q", ALL, SampleGroups.defaults());
        assertEquals(new Rank(1, 4), CityComparison.within(s, A).whole().overall());
        assertEquals(new Rank(2, 4), CityComparison.within(s, B).whole().overall(), "B and C tie at 70");
        assertEquals(new Rank(2, 4), CityComparison.within(s, C).whole().overall());
        assertEquals(new Rank(4, 4), CityComparison.within(s, D).whole().overall(), "after a tie the next rank is skipped");
        CityComparison c = CityComparison.within(s, C);
        CityComparison.GroupComparison de = c.groups().stream().filter(g -> g.stats().key().equals("country:DE")).findFirst().orElseThrow();
        assertEquals(new Rank(1, 1), de.overall(), "alone in its country: 1st of 1");
        assertEquals(1, de.stats().overall().count());
        assertEquals(70, de.stats().overall().median(), EPS);
        CityComparison b = CityComparison.within(s, B);
        assertEquals(new Rank(2, 2), b.groups().get(1).overall(), "second of the two cities over 200,000");
        assertEquals(new Rank(2, 4), b.whole().areas().get("commitment"), "B ties with C at 60 behind A");
        assertEquals(new Rank(1, 4), b.whole().areas().get("education"));
        assertEquals("2nd of 4", new Rank(2, 4).text("en"));
        assertEquals("12th of 38", new Rank(12, 38).text("en"));
        assertEquals("21st of 93", new Rank(21, 93).text("en"));
        assertEquals("1er sur 4", new Rank(1, 4).text("fr"));
        assertEquals("17e sur 93", new Rank(17, 93).text("fr"));
        assertEquals("113th", Rank.ordinal(113, false), "the report's ordinal is the rank's own");
        assertEquals("3e", Rank.ordinal(3, true));
    }

    @Test
    void aCityAlreadyInTheSampleIsCountedOnce() {
        IndexResult bNew = result("B", "2026-03-20", 300_000, 10, "FR", 85.0, rates("commitment", 95, "education", 80));
        CityComparison c = CityComparison.of(bNew, ALL, SampleGroups.defaults());
        assertEquals(new Rank(1, 4), c.whole().overall(), "B's new result stands for B: 4 cities, not 5");
        assertEquals(4, c.whole().stats().overall().count());
        assertEquals((80 + 85 + 70 + 40) / 4.0, c.whole().stats().overall().mean(), EPS);
        IndexResult newcomer = result("E", "2026", 90_000, 3, "ES", 75.0, rates("commitment", 50));
        CityComparison e = CityComparison.of(newcomer, ALL, SampleGroups.defaults());
        assertEquals(new Rank(2, 5), e.whole().overall(), "a city not yet in the sample joins it");
        assertEquals(new Rank(1, 1), e.groups().get(e.groups().size() - 1).overall(), "alone in ES");
    }

    @Test
    void ranksAgreeWithANaiveCount() {
        java.util.Random rnd = new java.util.Random(7);
        List<IndexResult> rs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            rs.add(result("c" + i, "2020", 1000L * rnd.nextInt(400), rnd.nextInt(30), "X", (double) rnd.nextInt(20) * 5,
                    rates("commitment", rnd.nextInt(5) * 25)));
        }
        EditionSample s = EditionSample.compute("q", rs, SampleGroups.defaults());
        for (IndexResult r : rs) {
            long above = rs.stream().filter(o -> o.overallVerified() > r.overallVerified()).count();
            assertEquals(new Rank((int) above + 1, 60), CityComparison.within(s, r).whole().overall());
        }
    }

    @Test
    void groupDefinitionsAreCheckedData() {
        String json = "{\"groups\": [{\"id\": \"nordic\", \"dimension\": \"country\", \"countries\": [\"NO\", \"SE\"],"
                + " \"label\": {\"en\": \"Nordic cities\"}}, {\"id\": \"mid\", \"dimension\": \"population\", \"over\": 100000,"
                + " \"upTo\": 400000}]}";
        SampleGroups g = SampleGroups.parse(json.getBytes(StandardCharsets.UTF_8), "t");
        assertTrue(g.groups().get(0).fits(null, null, "se"));
        assertFalse(g.groups().get(0).fits(null, null, "DK"));
        assertTrue(g.groups().get(1).fits(400_000L, null, null));
        assertFalse(g.groups().get(1).fits(100_000L, null, null));
        assertFalse(g.groups().get(1).fits(null, null, null), "unknown population fits no population group");
        assertEquals(g, SampleGroups.parse(g.toJson().getBytes(StandardCharsets.UTF_8), "again"));
        assertThrows(IllegalArgumentException.class, () -> SampleGroups.parse(
                "{\"groups\": [{\"id\": \"x\", \"dimension\": \"population\"}]}".getBytes(StandardCharsets.UTF_8), "t"));
        assertThrows(IllegalArgumentException.class, () -> SampleGroups.parse(
                "{\"groups\": [{\"id\": \"x\", \"dimension\": \"colour\", \"over\": 1}]}".getBytes(StandardCharsets.UTF_8), "t"));
    }
}
