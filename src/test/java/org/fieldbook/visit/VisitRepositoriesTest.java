package org.fieldbook.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.fieldbook.store.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VisitRepositoriesTest {
    @TempDir
    Path dir;

    @Test
    void cityKeepsItsFactsAndUpdates() {
        try (Services s = TestWorkspace.open(dir)) {
            City c = s.cities().create(new City(null, " Émeraude-la-Ville ", "Testland", 95_000L, 18.5, 9.0, null,
                    "French, Arabic", "Old port town"));
            City read = s.cities().find(c.id()).orElseThrow();
            assertEquals("Émeraude-la-Ville", read.name());
            assertEquals(95_000L, read.population());
            assertEquals(18.5, read.foreignBornPct());
            assertEquals(null, read.minoritiesPct());
            s.cities().update(new City(c.id(), read.name(), read.country(), 96_000L, 18.5, 9.0, 4.0, read.languages(), read.context()));
            City updated = s.cities().find(c.id()).orElseThrow();
            assertEquals(96_000L, updated.population());
            assertEquals(4.0, updated.minoritiesPct());
            assertEquals(2L, revision(s, "city", c.id()));
            s.cities().update(new City(c.id(), read.name(), read.country(), null, 18.5, 9.0, 4.0, read.languages(), read.context()));
            assertEquals(null, s.cities().find(c.id()).orElseThrow().population(), "an unknown population stays unknown, not 0");
            s.cities().update(updated);
        }
    }

    @Test
    void visitKeepsItsTeamAndCounts() {
        try (Services s = TestWorkspace.open(dir)) {
            City c = s.cities().create(City.named("Testville", "Testland"));
            List<TeamMember> team = List.of(new TeamMember("Inès Müller", TeamMember.EXPERT), new TeamMember("Bob Hart", TeamMember.EXPERT),
                    new TeamMember("Zoë Rep", TeamMember.REPRESENTATIVE));
            Visit v = s.visits().create(new Visit(null, c.id(), LocalDate.of(2025, 5, 6), LocalDate.of(2025, 5, 7), VisitMode.ONLINE,
                    VisitStatus.PLANNED, team));
            Visit read = s.visits().find(v.id()).orElseThrow();
            assertEquals(team, read.team());
            assertEquals(VisitMode.ONLINE, read.mode());
            assertEquals(List.of(LocalDate.of(2025, 5, 6), LocalDate.of(2025, 5, 7)), read.days());
            s.visits().update(new Visit(v.id(), c.id(), read.start(), read.end(), read.mode(), VisitStatus.DONE, read.team()));
            assertEquals(VisitStatus.DONE, s.visits().summary(v.id()).orElseThrow().status());
            TestWorkspace.meeting(s, read, "Mayor");
            s.stakeholders().create(new Stakeholder(null, c.id(), "Ana", "", "", StakeholderCategory.RESIDENT, "", "", false));
            VisitSummary sum = s.visits().summary(v.id()).orElseThrow();
            assertEquals(1, sum.meetings());
            assertEquals(1, sum.stakeholders());
            assertEquals(0, sum.notes());
            s.visits().delete(v.id());
            assertTrue(s.visits().summaries().isEmpty(), "a deleted visit leaves the list");
            assertTrue(s.visits().find(v.id()).isPresent(), "but stays in the trash");
            assertThrows(IllegalArgumentException.class, () -> new Visit(null, c.id(), LocalDate.of(2025, 5, 7),
                    LocalDate.of(2025, 5, 6), VisitMode.IN_PERSON, VisitStatus.PLANNED, List.of()));
        }
    }

    @Test
    void meetingsAreInTimeOrderAndAttendeesCanBeReAdded() {
        TestWorkspace.withVisit(dir, "Testville", (s, v) -> {
            Meeting late = s.meetings().create(new Meeting(null, v.id(), v.end(), LocalTime.of(9, 0), LocalTime.of(10, 0), "Press",
                    "Town hall", MeetingFormat.PRESS));
            Meeting early = s.meetings().create(new Meeting(null, v.id(), v.start(), LocalTime.of(14, 0), LocalTime.of(15, 0),
                    "Site visit", "Harbour", MeetingFormat.SITE_VISIT));
            Meeting first = s.meetings().create(new Meeting(null, v.id(), v.start(), LocalTime.of(8, 30), LocalTime.of(9, 0),
                    "Briefing", "Hotel", MeetingFormat.MEETING));
            assertEquals(List.of(first.id(), early.id(), late.id()), s.meetings().forVisit(v.id()).stream().map(Meeting::id).toList());
            assertEquals(MeetingFormat.SITE_VISIT, s.meetings().find(early.id()).orElseThrow().format());

            Stakeholder a = s.stakeholders().create(new Stakeholder(null, v.cityId(), "Anaïs", "", "", null, "", "", true));
            Stakeholder b = s.stakeholders().create(new Stakeholder(null, v.cityId(), "Bruno", "Club", "", null, "", "", false));
            s.meetings().addAttendee(first.id(), a.id());
            s.meetings().addAttendee(first.id(), b.id());
            assertEquals(List.of("Anaïs", "Bruno"), s.stakeholders().attendees(first.id()).stream().map(Stakeholder::person).toList());
            s.meetings().removeAttendee(first.id(), a.id());
            assertEquals(List.of(b.id()), s.meetings().attendeeIds(first.id()));
            s.meetings().addAttendee(first.id(), a.id());
            assertEquals(2, s.meetings().attendeeIds(first.id()).size());
            long links = s.store().db().read(c -> Sql.count(c, "SELECT count(*) FROM meeting_attendee WHERE meeting_id=?", first.id()));
            assertEquals(2, links, "re-adding restores the old link instead of duplicating it");
            assertEquals(3L, revision(s, "meeting_attendee", MeetingRepository.attendeeLinkId(first.id(), a.id())));

            s.meetings().delete(late.id());
            assertEquals(2, s.meetings().forVisit(v.id()).size());
            assertThrows(IllegalArgumentException.class, () -> new Meeting(null, v.id(), v.start(), LocalTime.of(10, 0),
                    LocalTime.of(9, 0), "Backwards", "", MeetingFormat.MEETING));
        });
    }

    @Test
    void stakeholderDirectoryIsPerCity() {
        try (Services s = TestWorkspace.open(dir)) {
            City one = s.cities().create(City.named("One", "X"));
            City two = s.cities().create(City.named("Two", "X"));
            Stakeholder st = s.stakeholders().create(new Stakeholder(null, one.id(), " Élodie Roux ", "Lycée Voltaire", "Head",
                    StakeholderCategory.EDUCATION, "e@example.org", "+33 1", true));
            s.stakeholders().create(new Stakeholder(null, two.id(), "", "Radio Deux", "", StakeholderCategory.MEDIA, "", "", false));
            List<Stakeholder> dirOne = s.stakeholders().forCity(one.id());
            assertEquals(1, dirOne.size());
            Stakeholder read = dirOne.get(0);
            assertEquals("Élodie Roux", read.person());
            assertEquals(StakeholderCategory.EDUCATION, read.category());
            assertTrue(read.namedConsent());
            assertEquals("Élodie Roux (Lycée Voltaire)", read.displayName());
            assertEquals("Radio Deux", s.stakeholders().forCity(two.id()).get(0).displayName());
            s.stakeholders().update(new Stakeholder(st.id(), one.id(), read.person(), read.organisation(), "Former head",
                    read.category(), read.email(), read.phone(), false));
            assertFalse(s.stakeholders().find(st.id()).orElseThrow().namedConsent());
            s.stakeholders().delete(st.id());
            assertTrue(s.stakeholders().forCity(one.id()).isEmpty());
            assertThrows(IllegalArgumentException.class, () -> new Stakeholder(null, one.id(), " ", "", "", null, "", "", false));
        }
    }

    private static long revision(Services s, String table, String id) {
        return s.store().db().read(c -> Sql.count(c, "SELECT revision FROM " + table + " WHERE id=?", id));
    }
}
