package org.fieldbook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fieldbook.PgTestServer;
import org.fieldbook.TestWorkspace;
import org.fieldbook.index.TestDefinitions;
import org.fieldbook.index.answer.CityAnswer;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.results.AreaMapping;
import org.fieldbook.index.results.GroupSpec;
import org.fieldbook.index.results.SampleGroups;
import org.fieldbook.store.PgLocation;
import org.fieldbook.sync.ConflictRow;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records loaded from a file or set as an office setting, on the office database on PostgreSQL with two staff (two
 * programs, each its own {@link Services}): a load or a setting saved from what one program showed never replaces
 * silently what a colleague changed since. A value the colleague changed and the load leaves as it was shown is kept;
 * one the load changes too is stored and listed as an open conflict for both.
 */
class OfficeLoadedRecordsPgTest {
    @TempDir
    Path dir;

    private Services staff(PgLocation db, String name) {
        return TestWorkspace.officeStaff(db, dir.resolve(name), name);
    }

    private static List<ConflictRow> open(Services s, String table) {
        return s.sync().conflicts().list(true).stream().filter(k -> k.table().equals(table)).toList();
    }

    @Test
    void theRetentionPeriodSavedFromAStaleSettingDoesNotSilentlyReplaceAColleagues() {
        PgLocation db = PgTestServer.newDatabase();
        try (Services ana = staff(db, "Ana"); Services ben = staff(db, "Ben")) {
            ben.retention().setYears(6); // set by Ben before: Ana's program has not written it
            assertEquals(6, ana.retention().years()); // Ana's Settings show 6
            assertEquals(6, ben.retention().years());
            ben.retention().setYears(8);

            // Ana saves the period she was shown, unchanged: Ben's is kept
            ana.retention().setYears(6);
            assertEquals(8, ben.retention().years(), "Ben's period is not undone by Ana's stale setting");
            assertTrue(open(ana, "retention_policy").isEmpty(), open(ana, "retention_policy").toString());
        }
    }

    @Test
    void theRetentionPeriodChangedByTwoFromTheSameValueIsAConflictForBoth() {
        PgLocation db = PgTestServer.newDatabase();
        try (Services ana = staff(db, "Ana"); Services ben = staff(db, "Ben")) {
            ben.retention().setYears(6); // set by Ben before: Ana's program has not written it
            assertEquals(6, ana.retention().years()); // both are shown 6
            assertEquals(6, ben.retention().years());
            ben.retention().setYears(8);
            // Ana changes it from the 6 she was shown: hers is stored, the two are an open conflict for both
            assertEquals(1, ana.retention().setYears(10), "the conflict is reported to the caller");
            assertEquals(10, ben.retention().years());
            List<ConflictRow> k = open(ben, "retention_policy");
            assertEquals(1, k.size(), k.toString());
            assertEquals("years", k.get(0).field());
            assertEquals("8", k.get(0).local(), "Ben's value is in the conflict");
            assertEquals("10", k.get(0).remote());
            assertEquals("6", k.get(0).base());
            assertEquals(1, open(ana, "retention_policy").size(), "shown to both");
        }
    }

    @Test
    void theDefaultPeriodShownDoesNotSilentlyReplaceTheFirstOneAColleagueSets() {
        PgLocation db = PgTestServer.newDatabase();
        try (Services ana = staff(db, "Ana"); Services ben = staff(db, "Ben")) {
            assertEquals(5, ana.retention().years()); // nothing stored: the default shown
            ben.retention().setYears(7);
            ana.retention().setYears(5);
            assertEquals(7, ben.retention().years(), "Ana's unchanged default does not undo Ben's first setting");
            assertTrue(open(ben, "retention_policy").isEmpty());
        }
        PgLocation db2 = PgTestServer.newDatabase();
        try (Services ana = staff(db2, "Ana2"); Services ben = staff(db2, "Ben2")) {
            assertEquals(5, ana.retention().years());
            ben.retention().setYears(7);
            ana.retention().setYears(9);
            assertEquals(9, ben.retention().years());
            List<ConflictRow> k = open(ben, "retention_policy");
            assertEquals(1, k.size(), k.toString());
            assertEquals("7", k.get(0).local());
        }
    }

    private static byte[] answers(String... questionAndValue) {
        StringBuilder sb = new StringBuilder("{\"questionnaire\": \"tiny-1\", \"answers\": [");
        for (int i = 0; i < questionAndValue.length; i += 2) {
            sb.append(i == 0 ? "" : ", ").append("{\"question\": \"").append(questionAndValue[i]).append("\", \"value\": ")
                    .append(questionAndValue[i + 1]).append('}');
        }
        return sb.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String value(Services s, Visit v, String question) {
        CityAnswer a = s.index().assessments().require(v.id()).answers().get(question);
        return a == null || a.value() == null ? null : org.fieldbook.index.answer.AnswerCodec.encode(a.value());
    }

    @Test
    void answersLoadedFromAFileDoNotSilentlyReplaceAColleaguesChangedSinceTheyWereShown() {
        PgLocation db = PgTestServer.newDatabase();
        try (Services ana = staff(db, "Ana"); Services ben = staff(db, "Ben")) {
            QuestionnaireDefinition d = TestDefinitions.tiny();
            ana.index().questionnaires().load(d);
            Visit v = TestWorkspace.visit(ana, "Linkton");
            // loaded by Ben: Ana's program has not written these answers
            ben.index().importer().importBytes(v.id(), answers("a1", "\"yes\"", "a2", "\"largely\"", "a4", "3"), "first.json");

            // both windows show the visit's answers
            ana.index().assessments().require(v.id());
            ben.index().assessments().require(v.id());
            // Ben loads his corrected workbook: a1 no, a2 partly, a4 unchanged, b2 answered
            ben.index().importer().importBytes(v.id(),
                    answers("a1", "\"no\"", "a2", "\"partly\"", "a4", "3", "b2", "\"Ben's example\""), "ben.json");

            // Ana, her window still showing the first answers, loads her file: a1 as shown, a2 and a4 changed, b2 blank
            var loaded = ana.index().importer().importBytes(v.id(), answers("a1", "\"yes\"", "a2", "\"rarely\"", "a4", "5"), "ana.json");
            assertEquals(1, loaded.conflicts(), "the load says one answer is now a conflict");

            assertEquals("\"no\"", value(ben, v, "a1"), "Ben's a1 is not undone by Ana's file, which left it as she was shown it");
            assertEquals("\"Ben's example\"", value(ben, v, "b2"), "Ben's new answer is not erased by Ana's file leaving it blank");
            assertEquals("5", value(ben, v, "a4"), "a4: only Ana changed it, hers is stored");
            assertEquals("\"rarely\"", value(ben, v, "a2"), "a2: both changed it, the later load is stored");
            List<ConflictRow> k = open(ben, "index_answer");
            assertEquals(1, k.size(), k.toString());
            assertEquals("value", k.get(0).field());
            assertEquals("\"partly\"", k.get(0).local(), "Ben's value is in the conflict");
            assertEquals("\"rarely\"", k.get(0).remote());
            assertEquals(1, open(ana, "index_answer").size(), "shown to both");
            List<ConflictRow> loads = open(ana, "index_assessment");
            assertEquals(1, loads.size(), "both loaded a file since: the assessment's source is listed too " + loads);
            assertEquals("source", loads.get(0).field());
            assertEquals("ben.json", loads.get(0).local());
        }
    }

    @Test
    void answersLoadedOnAVisitShownUnansweredDoNotSilentlyReplaceAColleaguesFirstLoad() {
        PgLocation db = PgTestServer.newDatabase();
        try (Services ana = staff(db, "Ana"); Services ben = staff(db, "Ben")) {
            QuestionnaireDefinition d = TestDefinitions.tiny();
            ana.index().questionnaires().load(d);
            Visit v = TestWorkspace.visit(ana, "Emptyton");
            assertTrue(ana.index().assessments().load(v.id()).isEmpty()); // Ana's window: no answers yet
            ben.index().importer().importBytes(v.id(), answers("a1", "\"no\"", "a2", "\"partly\""), "ben.json");
            ana.index().importer().importBytes(v.id(), answers("a1", "\"yes\""), "ana.json");
            assertEquals("\"partly\"", value(ben, v, "a2"), "Ben's a2 is not erased by Ana's file leaving it blank");
            assertEquals("\"yes\"", value(ben, v, "a1"));
            List<ConflictRow> k = open(ana, "index_answer");
            assertEquals(1, k.size(), k.toString());
            assertEquals("\"no\"", k.get(0).local());
        }
    }

    private static GroupSpec population(String id, Double over, Double upTo) {
        return new GroupSpec(id, GroupSpec.POPULATION, Map.of("en", id, "fr", id), over, upTo, null);
    }

    private static GroupSpec group(Services s, String id) {
        return s.index().results().groups().groups().stream().filter(g -> g.id().equals(id)).findFirst().orElse(null);
    }

    @Test
    void sampleGroupsLoadedFromAFileDoNotSilentlyReplaceAColleaguesChangedSinceTheyWereShown() {
        PgLocation db = PgTestServer.newDatabase();
        try (Services ana = staff(db, "Ana"); Services ben = staff(db, "Ben")) {
            ben.index().results().saveGroups(new SampleGroups(List.of(population("small", null, 100_000.0),
                    population("big", 100_000.0, null))));
            ana.index().results().groups(); // Ana is shown the groups
            ben.index().results().saveGroups(new SampleGroups(List.of(population("small", null, 150_000.0),
                    population("big", 100_000.0, null))));
            // Ana's file: small as she was shown it, big changed
            ana.index().results().saveGroups(new SampleGroups(List.of(population("small", null, 100_000.0),
                    population("big", 200_000.0, null))));
            assertEquals(150_000.0, group(ben, "small").upTo(), "Ben's change is not undone by Ana's file, which left it as shown");
            assertEquals(200_000.0, group(ben, "big").over(), "only Ana changed big: hers is stored");
            assertTrue(open(ben, "index_sample_group").isEmpty(), open(ben, "index_sample_group").toString());

            // both change the same group from the same version: the later load is stored, the two listed for both
            ana.index().results().groups();
            ben.index().results().groups();
            ben.index().results().saveGroups(new SampleGroups(List.of(population("small", null, 150_000.0),
                    population("big", 250_000.0, null))));
            ana.index().results().saveGroups(new SampleGroups(List.of(population("small", null, 150_000.0),
                    population("big", 300_000.0, null))));
            assertEquals(300_000.0, group(ben, "big").over());
            List<ConflictRow> k = open(ben, "index_sample_group");
            assertEquals(1, k.size(), k.toString());
            assertEquals("over_value", k.get(0).field());
            assertEquals(1, open(ana, "index_sample_group").size());

            // a group Ben added after Ana was shown the groups: her file leaving it out is refused, naming it
            ana.index().results().groups();
            ben.index().results().saveGroups(new SampleGroups(List.of(population("small", null, 150_000.0),
                    population("big", 300_000.0, null), new GroupSpec("nordic", GroupSpec.COUNTRY, Map.of("en", "Nordic"), null,
                    null, List.of("Norway", "Sweden")))));
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> ana.index().results()
                    .saveGroups(new SampleGroups(List.of(population("small", null, 120_000.0), population("big", 300_000.0, null)))));
            assertTrue(refused.getMessage().contains("'nordic'"), refused.getMessage());
            assertEquals(150_000.0, group(ben, "small").upTo(), "a refused load changes nothing");
            assertEquals(3, ben.index().results().groups().groups().size());
        }
    }

    private static SampleGroups defaultsWith(String dimension, double threshold) {
        List<GroupSpec> out = new java.util.ArrayList<>();
        for (GroupSpec g : SampleGroups.defaults().groups()) {
            boolean moved = g.dimension().equals(dimension);
            out.add(new GroupSpec(g.id(), g.dimension(), g.label(), moved && g.over() != null ? Double.valueOf(threshold) : g.over(),
                    moved && g.upTo() != null ? Double.valueOf(threshold) : g.upTo(), g.countries()));
        }
        return new SampleGroups(out);
    }

    @Test
    void theDefaultGroupsShownDoNotSilentlyReplaceTheFirstSetAColleagueLoads() {
        PgLocation db = PgTestServer.newDatabase();
        try (Services ana = staff(db, "Ana"); Services ben = staff(db, "Ben")) {
            assertEquals(SampleGroups.defaults(), ana.index().results().groups()); // nothing stored: Ana is shown the defaults
            ben.index().results().saveGroups(defaultsWith(GroupSpec.POPULATION, 250_000));
            ana.index().results().saveGroups(defaultsWith(GroupSpec.FOREIGN_BORN, 20));
            assertEquals(250_000.0, group(ben, "population_over_200000").over(), "Ben's first set is not undone by the defaults Ana was shown");
            assertEquals(20.0, group(ben, "foreign_born_over_15").over(), "Ana's change is stored");
            assertTrue(open(ben, "index_sample_group").isEmpty(), open(ben, "index_sample_group").toString());
        }
    }

    @Test
    void theAreaMappingLoadedFromAFileDoesNotSilentlyReplaceAColleaguesChangedSinceItWasShown() {
        PgLocation db = PgTestServer.newDatabase();
        try (Services ana = staff(db, "Ana"); Services ben = staff(db, "Ben")) {
            ben.index().results().saveMapping(new AreaMapping(List.of(new AreaMapping.Edge("ed-1", "ed-2",
                    Map.of("a", "a2", "b", "b2")))));
            ana.index().results().mapping(); // Ana is shown the mapping
            ben.index().results().saveMapping(new AreaMapping(List.of(new AreaMapping.Edge("ed-1", "ed-2",
                    Map.of("a", "a3", "b", "b2")))));
            // Ana's file: a as shown, b changed
            ana.index().results().saveMapping(new AreaMapping(List.of(new AreaMapping.Edge("ed-1", "ed-2",
                    Map.of("a", "a2", "b", "b4")))));
            Map<String, String> areas = ben.index().results().mapping().edge("ed-1", "ed-2").orElseThrow().areas();
            assertEquals("a3", areas.get("a"), "Ben's change is not undone by Ana's file, which left it as shown");
            assertEquals("b4", areas.get("b"));
            assertTrue(open(ben, "index_area_mapping").isEmpty(), open(ben, "index_area_mapping").toString());
        }
    }
}
