package org.fieldbook.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.fieldbook.app.Services;
import org.fieldbook.person.Retention;
import org.fieldbook.stakeholder.Stakeholder;
import org.fieldbook.stakeholder.StakeholderCategory;
import org.fieldbook.visit.City;
import org.fieldbook.visit.TeamMember;
import org.fieldbook.visit.Visit;
import org.fieldbook.visit.VisitMode;
import org.fieldbook.visit.VisitStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The retention rule: contact details go once a city's last visit has been closed for more than N years; N travels. */
class RetentionTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @TempDir
    Path dir;

    private static String[] city(Services s, String name, LocalDate end, VisitStatus status) {
        City c = s.cities().create(City.named(name, "Testland"));
        Visit v = s.visits().create(new Visit(null, c.id(), end.minusDays(1), end, VisitMode.IN_PERSON, status,
                List.of(new TeamMember("Test Expert", TeamMember.EXPERT))));
        Stakeholder p = s.stakeholders().create(new Stakeholder(null, c.id(), "Person of " + name, "Org", "Chair",
                StakeholderCategory.CIVIL_SOCIETY, "p@" + name.toLowerCase() + ".example", "+00 555 01 01", true));
        return new String[] {v.id(), p.id()};
    }

    @Test
    void contactDetailsGoAfterTheRetentionPeriodAndTheRuleTravels() {
        String[] old;
        String[] recent;
        String[] open;
        Path bundle = dir.resolve("office.fbz");
        try (Services office = SyncFixture.open(dir.resolve("office"), "Office")) {
            old = city(office, "Oldtown", LocalDate.of(2019, 3, 21), VisitStatus.DONE);
            recent = city(office, "Newtown", LocalDate.of(2025, 6, 2), VisitStatus.DONE);
            open = city(office, "Opentown", LocalDate.of(2018, 5, 5), VisitStatus.UNDER_WAY);
            assertEquals(Retention.DEFAULT_YEARS, office.retention().years());
            office.retention().setYears(10);
            assertEquals(0, office.retention().apply(TODAY, true).people(), "nothing closed before 2016");
            office.retention().setYears(6);
            Retention.Summary dry = office.retention().apply(TODAY, true);
            assertEquals(1, dry.people());
            assertEquals(List.of("Oldtown"), dry.cities());
            assertEquals("p@oldtown.example", office.stakeholders().find(old[1]).orElseThrow().email(), "a dry run changes nothing");
            Retention.Summary done = office.retention().apply(TODAY, false);
            assertEquals(1, done.people());
            Stakeholder gone = office.stakeholders().find(old[1]).orElseThrow();
            assertEquals("", gone.email());
            assertEquals("", gone.phone());
            assertEquals("Person of Oldtown", gone.person(), "only contact details go");
            assertEquals("p@newtown.example", office.stakeholders().find(recent[1]).orElseThrow().email());
            assertEquals("p@opentown.example", office.stakeholders().find(open[1]).orElseThrow().email(), "a visit not closed keeps them");
            assertThrows(IllegalArgumentException.class, () -> office.retention().setYears(0));
            SyncFixture.exportVisit(office, recent[0], bundle);
        }
        try (Services laptop = SyncFixture.open(dir.resolve("laptop"), "Ana")) {
            SyncFixture.importTrusted(laptop, bundle);
            assertEquals(6, laptop.retention().years(), "the office's rule reached the laptop");
        }
    }
}
