package org.fieldbook.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class VisitFormTest {
    private static VisitForm form(String population, LocalDate start, LocalDate end) {
        return new VisitForm(null, "Lyon", "France", population, "12,5", "", "", "fr", "", start, end,
                VisitMode.IN_PERSON, VisitStatus.PLANNED, "Ana Ruiz, Tom Berg", "Eva Klein");
    }

    @Test
    void nonNumericPopulationIsRejectedNextToTheField() {
        VisitForm.Result r = form("about 500k", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2)).validate(null);
        assertFalse(r.ok());
        assertEquals("error.population", r.errors().get("population"));
        assertNull(r.visit());
    }

    @Test
    void endBeforeStartIsRejected() {
        VisitForm.Result r = form("500000", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)).validate(null);
        assertEquals("error.endBeforeStart", r.errors().get("end"));
    }

    @Test
    void validFormBuildsCityAndVisitWithTeam() {
        VisitForm.Result r = form("513 275", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2)).validate(null);
        assertTrue(r.ok(), r.errors().toString());
        assertEquals(513275L, r.city().population());
        assertEquals(12.5, r.city().foreignBornPct());
        assertNull(r.city().foreignResidentsPct());
        assertEquals(3, r.visit().team().size());
        assertEquals(TeamMember.REPRESENTATIVE, r.visit().team().get(2).role());
    }

    @Test
    void frenchTypingWithNoBreakSpacesIsUnderstood() {
        VisitForm f = new VisitForm(null, "Lyon", "", "513\u202f275", "12,5\u00a0%", "3,75 %", "0,5", "", "",
                LocalDate.now(), LocalDate.now(), null, null, "", "");
        VisitForm.Result r = f.validate(null);
        assertTrue(r.ok(), r.errors().toString());
        assertEquals(513275L, r.city().population());
        assertEquals(12.5, r.city().foreignBornPct());
        assertEquals(3.75, r.city().foreignResidentsPct());
        assertEquals(0.5, r.city().minoritiesPct());
        VisitForm decimalHeadCount = new VisitForm(null, "Lyon", "", "513,3", "", "", "", "", "", LocalDate.now(),
                LocalDate.now(), null, null, "", "");
        assertEquals("error.population", decimalHeadCount.validate(null).errors().get("population"));
    }

    @Test
    void percentOutOfRangeIsRejected() {
        VisitForm f = new VisitForm(null, "Lyon", "", "", "140", "", "", "", "", LocalDate.now(), LocalDate.now(),
                null, null, "", "");
        assertEquals("error.percent", f.validate(null).errors().get("foreignBornPct"));
    }

    @Test
    void meetingTimesAreReadLeniently() {
        assertEquals(LocalTime.of(9, 0), MeetingForm.parseTime("9"));
        assertEquals(LocalTime.of(9, 30), MeetingForm.parseTime("9h30"));
        assertEquals(LocalTime.of(14, 5), MeetingForm.parseTime("1405"));
        MeetingForm bad = new MeetingForm(null, "v", LocalDate.now(), "10:00", "09:00", "Mayor", "", MeetingFormat.MEETING);
        assertEquals("error.endBeforeStart", bad.validate().errors().get("end"));
        MeetingForm garbage = new MeetingForm(null, "v", LocalDate.now(), "soon", "10:00", "", "", MeetingFormat.MEETING);
        assertEquals("error.time", garbage.validate().errors().get("start"));
        assertEquals("error.required", garbage.validate().errors().get("title"));
    }
}
