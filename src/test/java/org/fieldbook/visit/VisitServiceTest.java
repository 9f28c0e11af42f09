package org.fieldbook.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.stakeholder.Stakeholder;
import org.fieldbook.stakeholder.StakeholderCategory;
import org.fieldbook.store.FailingWrites;
import org.fieldbook.store.Sql;
import org.fieldbook.store.StoreException;
import org.fieldbook.store.Tracker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The visit's multi-record use cases are each one write transaction: all saved, or nothing. */
class VisitServiceTest {
    @TempDir
    Path dir;

    private static Stakeholder person(String cityId, String name) {
        return new Stakeholder(Tracker.newId(), cityId, name, "Town hall", "", StakeholderCategory.CIVIL_SOCIETY, "", "", false);
    }

    private static long count(Services s, String sql, Object... args) {
        return s.store().db().read(c -> Sql.count(c, sql, args));
    }

    @Test
    void aMeetingIsSavedWithItsNewPeopleAndExactlyItsAttendees() {
        TestWorkspace.withVisit(dir, "Testville", (s, v) -> {
            Stakeholder ana = s.stakeholders().create(person(v.cityId(), "Ana Known"));
            Stakeholder bo = s.stakeholders().create(person(v.cityId(), "Bo Known"));
            Stakeholder cy = person(v.cityId(), "Cy New");
            Meeting draft = new Meeting(null, v.id(), v.start(), LocalTime.of(9, 0), LocalTime.of(10, 0), "Mayor", "City hall",
                    MeetingFormat.MEETING);
            Meeting saved = s.visitService().saveMeeting(draft, true, List.of(cy), List.of(ana, cy));
            assertEquals(List.of(ana.id(), cy.id()).stream().sorted().toList(),
                    s.meetings().attendeeIds(saved.id()).stream().sorted().toList());
            assertTrue(s.stakeholders().find(cy.id()).isPresent());

            Meeting renamed = new Meeting(saved.id(), v.id(), v.start(), LocalTime.of(9, 0), LocalTime.of(10, 0), "Mayor and staff",
                    "City hall", MeetingFormat.MEETING);
            s.visitService().saveMeeting(renamed, false, List.of(), List.of(bo, cy));
            assertEquals(List.of(bo.id(), cy.id()).stream().sorted().toList(),
                    s.meetings().attendeeIds(saved.id()).stream().sorted().toList());
            assertEquals("Mayor and staff", s.meetings().find(saved.id()).orElseThrow().title());
        });
    }

    @Test
    void aMeetingWhoseAttendeesCannotBeWrittenLeavesNothingBehind() {
        TestWorkspace.withVisit(dir, "Testville", (s, v) -> {
            Stakeholder cy = person(v.cityId(), "Cy New");
            Meeting draft = new Meeting(null, v.id(), v.start(), LocalTime.of(9, 0), LocalTime.of(10, 0), "Mayor", "City hall",
                    MeetingFormat.MEETING);
            try (FailingWrites ignored = FailingWrites.on(s.store().db(), "meeting_attendee")) {
                StoreException e = assertThrows(StoreException.class,
                        () -> s.visitService().saveMeeting(draft, true, List.of(cy), List.of(cy)));
                assertTrue(e.getMessage().contains(FailingWrites.MESSAGE), e.getMessage());
            }
            // the new person and the meeting were written before the attendee failed: both are rolled back
            assertEquals(0, count(s, "SELECT count(*) FROM meeting WHERE visit_id=?", v.id()));
            assertEquals(0, count(s, "SELECT count(*) FROM stakeholder WHERE id=?", cy.id()));
        });
    }

    @Test
    void aVisitIsSavedWithItsNewCityOrNotAtAll() {
        try (Services s = TestWorkspace.open(dir)) {
            City city = City.named("Neuville", "Testland");
            Visit draft = new Visit(null, null, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2), VisitMode.ONLINE,
                    VisitStatus.PLANNED, List.of(new TeamMember("Test Expert", TeamMember.EXPERT)));
            try (FailingWrites ignored = FailingWrites.on(s.store().db(), "visit")) {
                assertThrows(StoreException.class, () -> s.visitService().saveVisit(city, draft));
            }
            assertEquals(0, count(s, "SELECT count(*) FROM city WHERE name=?", "Neuville"));

            String id = s.visitService().saveVisit(city, draft);
            Visit saved = s.visits().find(id).orElseThrow();
            assertEquals("Neuville", s.cities().find(saved.cityId()).orElseThrow().name());

            City renamed = new City(saved.cityId(), "Neuville-sur-Mer", "Testland", null, null, null, null, null, null);
            Visit moved = new Visit(id, null, LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 4), VisitMode.ONLINE,
                    VisitStatus.PLANNED, saved.team());
            assertEquals(id, s.visitService().saveVisit(renamed, moved));
            assertEquals("Neuville-sur-Mer", s.cities().find(saved.cityId()).orElseThrow().name());
            assertEquals(LocalDate.of(2026, 4, 3), s.visits().find(id).orElseThrow().start());
        }
    }

    @Test
    void theVisitScreenReadCountsNotesPerMeetingAndForTheVisit() {
        TestWorkspace.withVisit(dir, "Testville", (s, v) -> {
            Meeting m = TestWorkspace.meeting(s, v, "Mayor");
            s.notes().save(new org.fieldbook.note.Note(null, v.id(), m.id(), org.fieldbook.note.NoteKind.OBSERVATION, "one",
                    null, "", List.of()));
            s.notes().save(new org.fieldbook.note.Note(null, v.id(), null, org.fieldbook.note.NoteKind.OBSERVATION, "two",
                    null, "", List.of()));
            VisitData d = s.visitService().load(v.id());
            assertEquals(1L, d.notesPerMeeting().get(m.id()));
            assertEquals(1L, d.visitNotes());
            assertEquals(2L, d.totalNotes());
            assertEquals(List.of(m.id()), d.meetings().stream().map(Meeting::id).toList());
        });
    }
}
