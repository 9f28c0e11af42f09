package org.fieldbook.index.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.index.Assessment;
import org.fieldbook.index.IndexDemo;
import org.fieldbook.index.definition.AreaDefinition;
import org.fieldbook.index.definition.DefinitionReader;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.sample.SampleComparison;
import org.fieldbook.index.sample.SampleStatistics;
import org.fieldbook.index.score.AreaScore;
import org.fieldbook.index.verify.Verification;
import org.fieldbook.index.verify.VerificationStatus;
import org.fieldbook.profile.IndexResultsSource;
import org.fieldbook.profile.IndexScoreResults;
import org.fieldbook.store.Sql;
import org.fieldbook.visit.City;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A visit's result kept in step with its scores, and one rank (the verified index) wherever a visit is compared. */
class VisitResultsTest {
    static final double EPS = 1e-9;

    @TempDir
    Path dir;

    private static String demo(Services s, String name, long population, double foreignBorn) {
        Visit v = TestWorkspace.visit(s, name);
        City c = s.cities().find(v.cityId()).orElseThrow();
        s.cities().update(new City(c.id(), c.name(), c.country(), population, foreignBorn, null, null, "", ""));
        IndexDemo.populate(s.index(), s.notes(), v.id());
        return v.id();
    }

    /** A CSV of results of the sample questionnaire, every area at the given verified rate. */
    static String csv(QuestionnaireDefinition d, Object[][] cities) {
        StringBuilder sb = new StringBuilder("city,country,questionnaire,date,population,foreign_born_pct");
        for (AreaDefinition a : d.areas()) {
            sb.append(',').append(a.id());
        }
        sb.append('\n');
        for (Object[] c : cities) {
            sb.append(c[0]).append(",Testland,").append(d.id()).append(",2024,").append(c[1]).append(',').append(c[2]);
            for (AreaDefinition a : d.areas()) {
                sb.append(',').append(a.optional() ? "" : c[3]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Test
    void aVisitsResultFollowsItsScores() throws Exception {
        try (Services s = TestWorkspace.open(dir.resolve("ws"))) {
            String visit = demo(s, "Demoville", 250_000, 12.0);
            List<IndexResult> rs = s.index().results().list();
            assertEquals(1, rs.size(), "the demo's scores made a result");
            IndexResult r = rs.get(0);
            Assessment a = s.index().assessments().require(visit);
            assertEquals(visit, r.visitId());
            assertEquals(a.score().overallVerified(), r.overallVerified(), EPS);
            assertEquals(a.score().overallSelf(), r.overallSelf(), EPS);
            assertEquals(250_000L, r.population());
            assertEquals("2026-03-20", r.date(), "the visit's first day");
            double lensSum = 0;
            double lensWeight = 0;
            for (AreaScore ar : a.score().areas()) {
                if (Rates.LENS_GROUP.equals(a.definition().area(ar.areaId()).orElseThrow().group()) && ar.verified().counted()) {
                    lensSum += ar.weight() * ar.verified().rate();
                    lensWeight += ar.weight();
                }
                assertEquals(ar.verified().counted() ? ar.verified().rate() : null, r.rate(ar.areaId(), true), ar.areaId());
            }
            assertEquals(6, a.definition().areas().stream().filter(x -> Rates.LENS_GROUP.equals(x.group())).count());
            assertEquals(lensSum / lensWeight, r.lensVerified(), EPS, "the lens rate from its six areas, weighted");

            int revision = revision(s, r.id());
            assertEquals(0, s.index().results().refreshVisits(), "nothing changed, nothing written");
            assertEquals(revision, revision(s, r.id()));

            String q = a.definition().questionsInOrder().stream().filter(x -> x.type().hasOptions()).findFirst().orElseThrow().id();
            var best = a.definition().question(q).orElseThrow().options().stream()
                    .max(java.util.Comparator.comparingDouble(o -> o.points())).orElseThrow();
            var worst = a.definition().question(q).orElseThrow().options().stream()
                    .min(java.util.Comparator.comparingDouble(o -> o.points())).orElseThrow();
            var given = a.answers().get(q).value();
            var lower = given.equals(new org.fieldbook.index.answer.AnswerValue.Choice(worst.id()))
                    ? new org.fieldbook.index.answer.AnswerValue.Choice(best.id()) : new org.fieldbook.index.answer.AnswerValue.Choice(worst.id());
            s.index().verifications().save(visit, a.definition().id(), new Verification(q, VerificationStatus.CORRECTED, lower, "t", List.of()));
            IndexResult refreshed = s.index().results().refresh(visit).orElseThrow();
            assertNotEquals(r.overallVerified(), refreshed.overallVerified(), "a correction changes the verified index");
            assertEquals(s.index().assessments().require(visit).score().overallVerified(), refreshed.overallVerified(), EPS);
            assertEquals(refreshed, s.index().results().list().get(0));

            s.visits().delete(visit);
            assertEquals(1, s.index().results().refreshVisits());
            assertTrue(s.index().results().list().isEmpty(), "a visit in the trash leaves the sample");
        }
    }

    private static int revision(Services s, String id) {
        return s.store().db().read(c -> Sql.one(c, "SELECT revision FROM index_result WHERE id=?", rs -> rs.getInt(1), id)).orElseThrow();
    }

    @Test
    void importedAnswersRefreshTheResult() throws Exception {
        TestWorkspace.withVisit(dir.resolve("ws"), "Importville", (s, v) -> {
            Path json = dir.resolve("answers.json");
            QuestionnaireDefinition d = DefinitionReader.sample();
            var q = d.questionsInOrder().stream().filter(x -> x.type() == org.fieldbook.index.definition.QuestionType.YES_NO)
                    .findFirst().orElseThrow();
            Files.writeString(json, "{\"questionnaire\": \"" + d.id() + "\", \"answers\": [{\"question\": \"" + q.id()
                    + "\", \"value\": \"yes\"}]}");
            s.index().importer().importFile(v.id(), json);
            List<IndexResult> rs = s.index().results().list();
            assertEquals(1, rs.size());
            assertEquals(v.id(), rs.get(0).visitId());
            assertEquals(s.index().scores().score(v.id()).overallVerified(), rs.get(0).overallVerified(), EPS);
        });
    }

    @Test
    void oneRankEverywhereCountingTheCityOnce() throws Exception {
        try (Services s = TestWorkspace.open(dir.resolve("ws"))) {
            String visit = demo(s, "Demoville", 250_000, 12.0);
            double verified = s.index().assessments().require(visit).score().overallVerified();
            double self = s.index().assessments().require(visit).score().overallSelf();
            assertTrue(verified < self - 2, "the demo corrections lower the verified index");
            QuestionnaireDefinition d = DefinitionReader.sample();
            double between = (verified + self) / 2;
            // Demoville itself held twice more (older results of the same city must not count) and three other cities.
            Path file = dir.resolve("past.csv");
            Files.writeString(file, csv(d, new Object[][] {
                    {"Above", 400_000, 20, self + 5},
                    {"Between", 150_000, 20, between},
                    {"Below", 300_000, 5, verified - 10}}) + csvRow(d, "Demoville", "2019", verified + 30));
            s.index().results().importFile(file);

            Assessment a = s.index().assessments().require(visit);
            SampleComparison c = a.comparison();
            assertEquals(4, c.rankOutOf(), "Demoville, Above, Between, Below: each once (before: 140 loaded + 1)");
            assertEquals(3, c.rank(), "Above and Between are above the verified index (the self-assessed one would be 2nd)");
            assertEquals(List.of("all", "population_over_200000", "foreign_born_up_to_15", "country:TESTLAND"),
                    c.groups().stream().map(g -> g.id()).toList(), "the office's groups that fit the city");

            IndexResultsSource annex = new IndexScoreResults(s.index(), s.visits(), s.cities());
            org.fieldbook.profile.IndexSummary summary = annex.summary(visit).orElseThrow();
            assertEquals(c.rank(), summary.rank(), "the Word annex ranks the same (verified) index");
            assertEquals(c.rankOutOf(), summary.sampleSize());

            CityComparison cc = s.index().assessments().compareWithResults(visit, a.score()).orElseThrow();
            CityComparison.GroupComparison big = cc.groups().get(1);
            assertEquals(new Rank(2, 3), big.overall(), "among cities over 200,000: Above, Demoville, Below (Between is smaller)");
            CityComparison.GroupComparison low = cc.groups().get(2);
            assertEquals(new Rank(1, 2), low.overall(), "among up to 15% foreign-born: Demoville and Below");
        }
    }

    private static String csvRow(QuestionnaireDefinition d, String city, String date, double rate) {
        StringBuilder sb = new StringBuilder(city).append(",Testland,").append(d.id()).append(',').append(date).append(",,");
        for (AreaDefinition a : d.areas()) {
            sb.append(',').append(a.optional() ? "" : Math.min(100, rate));
        }
        return sb.append('\n').toString();
    }

    @Test
    void withoutResultsTheLoadedStatisticsRankTheVerifiedIndex() {
        try (Services s = TestWorkspace.open(dir.resolve("ws"))) {
            String visit = demo(s, "Demoville", 250_000, 12.0);
            s.index().results().refresh(visit);
            Assessment a = s.index().assessments().require(visit);
            SampleStatistics stats = s.index().samples().current().orElseThrow();
            SampleComparison byVerified = SampleComparison.of(stats, 250_000L, 12.0, a.score().overallVerified());
            SampleComparison bySelf = SampleComparison.of(stats, 250_000L, 12.0, a.score().overallSelf());
            assertNotEquals(bySelf.rank(), byVerified.rank(), "the demo's two indexes rank differently");
            assertEquals(byVerified.rank(), a.comparison().rank(), "only this city's own result is held: the loaded file is the sample");
            org.fieldbook.profile.IndexSummary summary = new IndexScoreResults(s.index(), s.visits(), s.cities()).summary(visit).orElseThrow();
            assertEquals(byVerified.rank(), summary.rank(), "the annex ranked the self-assessed index before");
            assertFalse(summary.rank() == null);
        }
    }
}
