package org.fieldbook.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.area.IndexArea;
import org.fieldbook.store.Role;
import org.fieldbook.store.Sql;
import org.fieldbook.store.TrackedTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileRevisionsTest {
    @TempDir
    Path dir;

    @Test
    void structureFollowsTheTemplateWithAreasInQuestionnaireOrder() {
        TestWorkspace.withVisit(dir, "Testville", (s, v) -> {
            List<ProfileSection> sections = s.profile().structure(v.id());
            List<String> keys = sections.stream().map(ProfileSection::key).toList();
            assertEquals("summary", keys.get(0));
            List<String> areaIds = sections.stream().filter(x -> x.kind() == SectionKind.AREA).map(ProfileSection::areaId).toList();
            assertEquals(s.areas().list().stream().map(IndexArea::id).toList(), areaIds);
            assertTrue(keys.indexOf("findings") < keys.indexOf("area.commitment"));
            assertTrue(keys.indexOf("area.interaction") < keys.indexOf("good_practice"));
            assertTrue(keys.containsAll(List.of("city.population", "city.geography", "city.economy", "national_context",
                    "recommendations", "annex.programme", "annex.organisations", "annex.index_results")));
            assertEquals("Résumé", sections.get(0).title(java.util.Locale.FRENCH));
            // opening again creates nothing new
            assertEquals(sections.size(), s.profile().structure(v.id()).size());
            // written out here, not taken from the product: every laptop names the visit's summary section alike
            assertEquals(java.util.UUID.nameUUIDFromBytes(("profile_section:" + v.id() + ":summary")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString(), sections.get(0).id());
            assertEquals("f361b4d7-da16-3b47-be83-035af3904705", ProfileSectionRepository.sectionId("visit-1", "summary"),
                    "the id format other laptops and older versions use");
        });
    }

    @Test
    void everySaveKeepsARevisionWithWhoAndWhenAndRestoreAddsOne() {
        TestWorkspace.withVisit(dir, "Testville", (s, v) -> {
            ProfileSection summary = s.profile().structure(v.id()).get(0);
            assertTrue(s.profile().saveBody(summary.id(), "line one\nline two"));
            assertFalse(s.profile().saveBody(summary.id(), "line one\nline two"), "an unchanged save is not a revision");
            s.store().setIdentity("Second Writer", Role.REPRESENTATIVE);
            assertTrue(s.profile().saveBody(summary.id(), "line one\nline 2\nline three"));
            List<Revision> history = s.profile().history(summary.id());
            assertEquals(2, history.size());
            assertEquals("Test Expert", history.get(0).author());
            assertEquals("Second Writer", history.get(1).author());
            assertFalse(history.get(1).savedAt().isBefore(history.get(0).savedAt()));
            assertEquals(SectionStatus.DRAFT, s.profile().section(summary.id()).status(), "first text moves it out of to_write");

            List<LineDiff.Line> diff = s.profile().diff(history.get(0).id(), history.get(1).id());
            assertEquals(List.of(new LineDiff.Line(LineDiff.Op.SAME, "line one"), new LineDiff.Line(LineDiff.Op.REMOVED, "line two"),
                    new LineDiff.Line(LineDiff.Op.ADDED, "line 2"), new LineDiff.Line(LineDiff.Op.ADDED, "line three")), diff);

            assertTrue(s.profile().restore(summary.id(), history.get(0).id()));
            assertEquals("line one\nline two", s.profile().section(summary.id()).body());
            List<Revision> after = s.profile().history(summary.id());
            assertEquals(3, after.size(), "restoring keeps the history and adds a revision");
            assertTrue(after.get(2).note().startsWith("restored"));
            ProfileSection other = s.profile().structure(v.id()).get(1);
            assertThrows(IllegalArgumentException.class, () -> s.profile().restore(other.id(), history.get(0).id()));
        });
    }

    @Test
    void savingOneSectionNeverRewritesAnother() {
        TestWorkspace.withVisit(dir, "Testville", (s, v) -> {
            List<ProfileSection> sections = s.profile().structure(v.id());
            ProfileSection a = sections.get(0);
            ProfileSection b = sections.get(1);
            s.profile().saveBody(b.id(), "Bea's text");
            String bStamp = stamp(s, b.id());
            s.store().setIdentity("Ana", Role.EXPERT);
            s.profile().saveBody(a.id(), "Ana's text");
            s.profile().setStatus(a.id(), SectionStatus.READY_FOR_REVIEW);
            s.profile().setOwner(a.id(), "Ana");
            assertEquals(bStamp, stamp(s, b.id()), "the other section's record is untouched");
            assertEquals("Bea's text", s.profile().section(b.id()).body());
            ProfileSection aNow = s.profile().section(a.id());
            assertEquals(SectionStatus.READY_FOR_REVIEW, aNow.status());
            assertEquals("Ana", aNow.owner());
            assertTrue(TrackedTables.byName("profile_section").mergedTexts().contains("body"));
        });
    }

    private static String stamp(Services s, String id) {
        return s.store().db().read(c -> Sql.one(c, "SELECT updated_hlc || revision FROM profile_section WHERE id=?",
                rs -> rs.getString(1), id)).orElseThrow();
    }

    @Test
    void lineDiffHandlesEmptyAndIdenticalTexts() {
        assertTrue(LineDiff.diff("", "").isEmpty());
        assertEquals(List.of(new LineDiff.Line(LineDiff.Op.ADDED, "a")), LineDiff.diff("", "a"));
        assertTrue(LineDiff.diff("a\nb\nc", "a\nb\nc").stream().allMatch(l -> l.op() == LineDiff.Op.SAME));
        List<LineDiff.Line> d = LineDiff.diff("a\nb\nc\nd", "a\nc\nd\ne");
        assertEquals(List.of(new LineDiff.Line(LineDiff.Op.SAME, "a"), new LineDiff.Line(LineDiff.Op.REMOVED, "b"),
                new LineDiff.Line(LineDiff.Op.SAME, "c"), new LineDiff.Line(LineDiff.Op.SAME, "d"),
                new LineDiff.Line(LineDiff.Op.ADDED, "e")), d);
    }

    @Test
    void recommendationsKeepOrderPriorityAndArea() {
        TestWorkspace.withVisit(dir, "Testville", (s, v) -> {
            Recommendation first = s.recommendations().add(new Recommendation(null, v.id(), 0, "First", Priority.LOW, null));
            s.recommendations().add(new Recommendation(null, v.id(), 0, "Second", Priority.HIGH, "education"));
            List<Recommendation> list = s.recommendations().forVisit(v.id());
            assertEquals(List.of("First", "Second"), list.stream().map(Recommendation::text).toList());
            assertEquals(Priority.HIGH, list.get(1).priority());
            assertEquals("education", list.get(1).areaId());
            s.recommendations().delete(first.id());
            assertEquals(1, s.recommendations().forVisit(v.id()).size());
            assertThrows(IllegalArgumentException.class, () -> new Recommendation(null, v.id(), 0, " ", Priority.LOW, null));
        });
    }
}
