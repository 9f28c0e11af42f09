package org.fieldbook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.fieldbook.PgTestServer;
import org.fieldbook.TestWorkspace;
import org.fieldbook.index.TestDefinitions;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.verify.Verification;
import org.fieldbook.index.verify.VerificationStatus;
import org.fieldbook.profile.ProfileSection;
import org.fieldbook.profile.SectionStatus;
import org.fieldbook.stakeholder.Stakeholder;
import org.fieldbook.stakeholder.StakeholderCategory;
import org.fieldbook.store.PgLocation;
import org.fieldbook.sync.ConflictRow;
import org.fieldbook.visit.City;
import org.fieldbook.visit.Meeting;
import org.fieldbook.visit.MeetingFormat;
import org.fieldbook.visit.Visit;
import org.fieldbook.visit.VisitStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two staff (two programs, each its own {@link Services}, device and clock) on one office database on PostgreSQL edit
 * the same records from the same version: changes to different fields are both kept, texts changed on different lines
 * are merged, and a change to the same field or line is an open conflict listed for both. Not only notes
 * ({@code SharedOfficeNotesTest}): visits, cities, meetings, stakeholders, attendance, profile sections, INDEX
 * verifications, and deletes through the trash.
 */
class OfficeTeamPgTest {
    @TempDir
    Path dir;

    private Services staff(PgLocation db, String name) {
        return TestWorkspace.officeStaff(db, dir.resolve(name), name);
    }

    private static List<ConflictRow> open(Services s) {
        return s.sync().conflicts().list(true);
    }

    @Test
    void visitsAndCitiesKeepBothStaffsChanges() {
        PgLocation db = PgTestServer.newDatabase();
        try (Services ana = staff(db, "Ana"); Services ben = staff(db, "Ben")) {
            Visit v = TestWorkspace.visit(ana, "Torino");
            City c0 = ana.cities().find(v.cityId()).orElseThrow();
            ana.cities().update(new City(c0.id(), c0.name(), c0.country(), 800_000L, null, null, null, "it", "L1\nL2\nL3\nL4"));

            // both open the visit screen from the same version
            Visit anaVisit = ana.visits().find(v.id()).orElseThrow();
            City anaCity = ana.cities().find(v.cityId()).orElseThrow();
            Visit benVisit = ben.visits().find(v.id()).orElseThrow();
            City benCity = ben.cities().find(v.cityId()).orElseThrow();

            // Ana: status done, population, context line 1; Ben: end date, languages, context line 4
            ana.visitService().saveVisit(new City(anaCity.id(), anaCity.name(), anaCity.country(), 850_000L, null, null, null,
                    anaCity.languages(), "A1\nL2\nL3\nL4"), new Visit(anaVisit.id(), anaVisit.cityId(), anaVisit.start(),
                    anaVisit.end(), anaVisit.mode(), VisitStatus.DONE, anaVisit.team()));
            ben.visitService().saveVisit(new City(benCity.id(), benCity.name(), benCity.country(), benCity.population(), null,
                    null, null, "it, fr", "L1\nL2\nL3\nB4"), new Visit(benVisit.id(), benVisit.cityId(), benVisit.start(),
                    benVisit.end().plusDays(2), benVisit.mode(), benVisit.status(), benVisit.team()));

            Visit now = ben.visits().find(v.id()).orElseThrow();
            assertEquals(VisitStatus.DONE, now.status(), "Ana's status is not overwritten by Ben's stale form");
            assertEquals(v.end().plusDays(2), now.end(), "Ben's end date is kept");
            City city = ana.cities().find(v.cityId()).orElseThrow();
            assertEquals(850_000L, city.population(), "Ana's population kept");
            assertEquals("it, fr", city.languages(), "Ben's languages kept");
            assertEquals("A1\nL2\nL3\nB4", city.context(), "the two line edits of the context are merged");
            assertTrue(open(ana).isEmpty(), "no overlap, no conflict: " + open(ana));

            // both change the status from the same version: the later one is stored, the overlap listed for both
            Visit a2 = ana.visits().find(v.id()).orElseThrow();
            Visit b2 = ben.visits().find(v.id()).orElseThrow();
            ana.visits().update(new Visit(a2.id(), a2.cityId(), a2.start(), a2.end(), a2.mode(), VisitStatus.PLANNED, a2.team()));
            ben.visits().update(new Visit(b2.id(), b2.cityId(), b2.start(), b2.end(), b2.mode(), VisitStatus.UNDER_WAY, b2.team()));
            List<ConflictRow> conflicts = open(ana);
            assertEquals(1, conflicts.size(), conflicts.toString());
            ConflictRow k = conflicts.get(0);
            assertEquals("visit", k.table());
            assertEquals("status", k.field());
            assertEquals("planned", k.local(), "Ana's value is kept in the conflict");
            assertEquals("under_way", k.remote());
            assertEquals(1, open(ben).size(), "shown to both");

            // the same line of the context: a text conflict
            City a3 = ana.cities().find(v.cityId()).orElseThrow();
            City b3 = ben.cities().find(v.cityId()).orElseThrow();
            ana.cities().update(withContext(a3, "A1\nAna2\nL3\nB4"));
            ben.cities().update(withContext(b3, "A1\nBen2\nL3\nB4"));
            ConflictRow text = open(ben).get(open(ben).size() - 1);
            assertEquals("city", text.table());
            assertEquals("text", text.kind());
            assertTrue(text.local().contains("Ana2") && text.remote().contains("Ben2"), text.toString());
        }
    }

    private static City withContext(City c, String context) {
        return new City(c.id(), c.name(), c.country(), c.population(), c.foreignBornPct(), c.foreignResidentsPct(),
                c.minoritiesPct(), c.languages(), context);
    }

    @Test
    void aFormStillShowingTheOldVersionDoesNotUndoAColleaguesChangeAfterAViewRefresh() {
        PgLocation db = PgTestServer.newDatabase();
        try (Services ana = staff(db, "Ana"); Services ben = staff(db, "Ben")) {
            Visit v = TestWorkspace.visit(ana, "Lyon");
            Visit anaForm = ana.visits().find(v.id()).orElseThrow(); // Ana opens the visit form
            Visit benForm = ben.visits().find(v.id()).orElseThrow();
            ben.visits().update(new Visit(benForm.id(), benForm.cityId(), benForm.start(), benForm.end(), benForm.mode(),
                    VisitStatus.DONE, benForm.team()));
            ana.visits().find(v.id()).orElseThrow(); // Ana's window refreshes after Ben's change, her form stays open
            ana.visits().update(new Visit(anaForm.id(), anaForm.cityId(), anaForm.start(), anaForm.end().plusDays(1),
                    anaForm.mode(), anaForm.status(), anaForm.team()));
            Visit now = ben.visits().find(v.id()).orElseThrow();
            assertEquals(VisitStatus.DONE, now.status(), "Ben's status is not undone by Ana's open form");
            assertEquals(v.end().plusDays(1), now.end());
            assertTrue(open(ana).isEmpty(), open(ana).toString());
        }
    }

    @Test
    void aPersonGoingBackToAnEarlierValueIsSaved() {
        PgLocation db = PgTestServer.newDatabase();
        try (Services ana = staff(db, "Ana")) {
            Visit v = TestWorkspace.visit(ana, "Nantes");
            Visit form = ana.visits().find(v.id()).orElseThrow();
            Visit done = new Visit(form.id(), form.cityId(), form.start(), form.end(), form.mode(), VisitStatus.DONE, form.team());
            ana.visits().update(done);
            ana.visits().update(form); // the same form, changed back: not a stale copy of the first version
            assertEquals(VisitStatus.UNDER_WAY, ana.visits().find(v.id()).orElseThrow().status());
            ana.visits().update(done);
            assertEquals(VisitStatus.DONE, ana.visits().find(v.id()).orElseThrow().status());
            assertTrue(open(ana).isEmpty(), open(ana).toString());
        }
    }

    @Test
    void meetingsStakeholdersAndAttendanceKeepBothStaffsChanges() {
        PgLocation db = PgTestServer.newDatabase();
        try (Services ana = staff(db, "Ana"); Services ben = staff(db, "Ben")) {
            Visit v = TestWorkspace.visit(ana, "Oslo");
            Meeting m = TestWorkspace.meeting(ana, v, "Mayor");
            Stakeholder x = ana.stakeholders().create(new Stakeholder(null, v.cityId(), "Xena", "City hall", "mayor",
                    StakeholderCategory.CITY_LEADERSHIP, "", "", false));
            Stakeholder y = ana.stakeholders().create(new Stakeholder(null, v.cityId(), "Yann", "", "", null, "", "", false));
            Stakeholder z = ana.stakeholders().create(new Stakeholder(null, v.cityId(), "Zoe", "", "", null, "", "", false));
            ana.meetings().addAttendee(m.id(), x.id());

            // both open the visit screen
            var anaData = ana.visitService().load(v.id());
            var benData = ben.visitService().load(v.id());
            Meeting anaM = anaData.meetings().get(0);
            Meeting benM = benData.meetings().get(0);
            assertEquals(List.of(x.id()), ben.meetings().attendeeIds(m.id()));

            // Ana renames the meeting and adds Yann; Ben moves it and adds Zoe, from the attendee list he saw
            ana.visitService().saveMeeting(new Meeting(anaM.id(), anaM.visitId(), anaM.day(), anaM.start(), anaM.end(),
                    "Mayor and deputies", anaM.place(), anaM.format()), false, List.of(), List.of(x, y));
            ben.visitService().saveMeeting(new Meeting(benM.id(), benM.visitId(), benM.day(), LocalTime.of(14, 0),
                    LocalTime.of(15, 0), benM.title(), "Town hall, room 2", MeetingFormat.MEETING), false, List.of(), List.of(x, z));
            Meeting now = ana.meetings().find(m.id()).orElseThrow();
            assertEquals("Mayor and deputies", now.title(), "Ana's title kept");
            assertEquals(LocalTime.of(14, 0), now.start(), "Ben's time kept");
            assertEquals("Town hall, room 2", now.place());
            assertEquals(java.util.Set.of(x.id(), y.id(), z.id()), java.util.Set.copyOf(ana.meetings().attendeeIds(m.id())),
                    "Ben's save does not remove the attendee Ana added (he never saw it)");
            // an attendee the person saw can still be removed
            ben.visitService().load(v.id());
            ben.visitService().saveMeeting(ben.meetings().find(m.id()).orElseThrow(), false, List.of(), List.of(x, z));
            assertEquals(java.util.Set.of(x.id(), z.id()), java.util.Set.copyOf(ana.meetings().attendeeIds(m.id())));

            // a stakeholder: Ana adds the e-mail, Ben the role, from the same version
            Stakeholder ax = ana.stakeholders().find(x.id()).orElseThrow();
            Stakeholder bx = ben.stakeholders().find(x.id()).orElseThrow();
            ana.stakeholders().update(new Stakeholder(ax.id(), ax.cityId(), ax.person(), ax.organisation(), ax.role(),
                    ax.category(), "xena@city.example", ax.phone(), true));
            ben.stakeholders().update(new Stakeholder(bx.id(), bx.cityId(), bx.person(), bx.organisation(), "mayor (acting)",
                    bx.category(), bx.email(), bx.phone(), bx.namedConsent()));
            Stakeholder sx = ana.stakeholders().find(x.id()).orElseThrow();
            assertEquals("xena@city.example", sx.email());
            assertTrue(sx.namedConsent(), "Ana's consent is not withdrawn by Ben's stale form");
            assertEquals("mayor (acting)", sx.role());
            assertTrue(open(ana).isEmpty(), open(ana).toString());
        }
    }

    @Test
    void deletingARecordAColleagueChangedSinceKeepsItAndListsADeletionConflict() {
        PgLocation db = PgTestServer.newDatabase();
        try (Services ana = staff(db, "Ana"); Services ben = staff(db, "Ben")) {
            Visit v = TestWorkspace.visit(ana, "Porto");
            Meeting m = TestWorkspace.meeting(ana, v, "School visit");
            Meeting anaM = ana.meetings().forVisit(v.id()).get(0); // Ana sees the programme
            Meeting benM = ben.meetings().find(m.id()).orElseThrow();
            ben.meetings().update(new Meeting(benM.id(), benM.visitId(), benM.day(), benM.start(), benM.end(),
                    "School visit (moved to the library)", benM.place(), benM.format()));
            ana.meetings().delete(anaM.id()); // Ana deletes the meeting she saw, unaware of Ben's change
            assertTrue(ben.meetings().find(m.id()).isPresent());
            assertEquals(1, ben.meetings().forVisit(v.id()).size(), "the meeting Ben changed is not deleted");
            assertTrue(ben.trash().list().isEmpty(), "nor put in the trash");
            List<ConflictRow> conflicts = open(ben);
            assertEquals(1, conflicts.size(), conflicts.toString());
            assertEquals("delete", conflicts.get(0).kind());
            assertEquals(m.id(), conflicts.get(0).id());

            // once Ana has seen the new version, her delete goes through (and the trash can bring it back)
            ana.meetings().forVisit(v.id());
            ana.meetings().delete(m.id());
            assertTrue(ben.meetings().forVisit(v.id()).isEmpty());
            assertEquals(1, ben.trash().list().size());
            ben.trash().restore(ben.trash().list().get(0));
            assertEquals("School visit (moved to the library)", ana.meetings().forVisit(v.id()).get(0).title(),
                    "restored with Ben's change");

            // the other way round: Ana deletes (she saw the current version), then Ben saves the form he had open
            Meeting anaNow = ana.meetings().forVisit(v.id()).get(0);
            Meeting benNow = ben.meetings().find(m.id()).orElseThrow();
            ana.meetings().delete(anaNow.id());
            assertTrue(ana.meetings().forVisit(v.id()).isEmpty());
            ben.meetings().update(new Meeting(benNow.id(), benNow.visitId(), benNow.day(), benNow.start(), benNow.end(),
                    benNow.title(), "Library, 2nd floor", benNow.format()));
            assertEquals("Library, 2nd floor", ana.meetings().forVisit(v.id()).get(0).place(),
                    "Ben's edit brings the meeting back rather than landing unseen in the trash");
            assertEquals(2, open(ana).stream().filter(k -> k.kind().equals("delete")).count(), "the deletion is listed");
        }
    }

    @Test
    void profileSectionsMergeBodiesAndKeepStatusAndOwner() {
        PgLocation db = PgTestServer.newDatabase();
        try (Services ana = staff(db, "Ana"); Services ben = staff(db, "Ben")) {
            Visit v = TestWorkspace.visit(ana, "Gdansk");
            String id = ana.profile().structure(v.id()).get(0).id();
            ana.profile().saveBody(id, "P1\nP2\nP3\nP4");

            ProfileSection anaS = ana.profile().sections(v.id()).get(0);
            ProfileSection benS = ben.profile().sections(v.id()).get(0);
            ana.profile().saveBody(anaS.id(), "A1\nP2\nP3\nP4");
            ana.profile().setStatus(anaS.id(), SectionStatus.READY_FOR_REVIEW);
            ben.profile().setOwner(benS.id(), "Ben");
            ben.profile().saveBody(benS.id(), "P1\nP2\nP3\nB4");
            ProfileSection now = ana.profile().section(id);
            assertEquals("A1\nP2\nP3\nB4", now.body(), "both paragraphs' edits are merged");
            assertEquals(SectionStatus.READY_FOR_REVIEW, now.status());
            assertEquals("Ben", now.owner());
            var history = ana.profile().history(id);
            assertEquals("A1\nP2\nP3\nB4", history.get(history.size() - 1).body(), "the revision holds the merged text");
            assertTrue(open(ana).isEmpty(), open(ana).toString());

            ana.profile().sections(v.id());
            ben.profile().sections(v.id());
            ana.profile().saveBody(id, "A1\nAna2\nP3\nB4");
            ben.profile().saveBody(id, "A1\nBen2\nP3\nB4");
            List<ConflictRow> conflicts = open(ana);
            assertEquals(1, conflicts.size(), conflicts.toString());
            assertEquals("profile_section", conflicts.get(0).table());
            assertEquals("body", conflicts.get(0).field());
            assertEquals(1, open(ben).size());
        }
    }

    @Test
    void verificationAnswersKeepBothStaffsChanges() {
        PgLocation db = PgTestServer.newDatabase();
        try (Services ana = staff(db, "Ana"); Services ben = staff(db, "Ben")) {
            QuestionnaireDefinition d = TestDefinitions.tiny();
            ana.index().questionnaires().load(d);
            Visit v = TestWorkspace.visit(ana, "Linkton");
            ana.index().importer().importBytes(v.id(),
                    "{\"questionnaire\": \"tiny-1\", \"answers\": [{\"question\": \"a1\", \"value\": \"yes\"}]}".getBytes(), "a.json");
            ana.index().verifications().save(v.id(), d.id(), new Verification("a1", VerificationStatus.NOT_CHECKED, null,
                    "R1\nR2\nR3", List.of()));
            Verification anaV = ana.index().verifications().forVisit(v.id(), d).get("a1");
            Verification benV = ben.index().verifications().forVisit(v.id(), d).get("a1");
            ana.index().verifications().save(v.id(), d.id(), anaV.withStatus(VerificationStatus.CONFIRMED).withRationale("A1\nR2\nR3"));
            ben.index().verifications().save(v.id(), d.id(), benV.withRationale("R1\nR2\nB3"));
            Verification now = ana.index().verifications().forVisit(v.id(), d).get("a1");
            assertEquals(VerificationStatus.CONFIRMED, now.status(), "Ana's status is not overwritten by Ben's stale copy");
            assertEquals("A1\nR2\nB3", now.rationale());
            assertTrue(open(ana).isEmpty(), open(ana).toString());

            Verification a2 = ana.index().verifications().forVisit(v.id(), d).get("a1");
            Verification b2 = ben.index().verifications().forVisit(v.id(), d).get("a1");
            ana.index().verifications().save(v.id(), d.id(), a2.withStatus(VerificationStatus.COULD_NOT_VERIFY));
            ben.index().verifications().save(v.id(), d.id(), b2.withStatus(VerificationStatus.NOT_CHECKED).withRationale("A1\nR2\nB3\nB4"));
            List<ConflictRow> conflicts = open(ben);
            assertEquals(1, conflicts.size(), conflicts.toString());
            assertEquals("status", conflicts.get(0).field());
            assertEquals("A1\nR2\nB3\nB4", ana.index().verifications().forVisit(v.id(), d).get("a1").rationale());
            assertFalse(open(ana).isEmpty());
        }
    }
}
