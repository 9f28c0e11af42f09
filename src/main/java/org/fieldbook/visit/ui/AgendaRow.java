package org.fieldbook.visit.ui;

import org.fieldbook.visit.Meeting;
import java.time.LocalDate;

/** A line of the agenda: a day heading, or a meeting of that day. */
public sealed interface AgendaRow {
    record Day(LocalDate day, int number, int meetings) implements AgendaRow {
    }

    record Item(Meeting meeting, String attendees, long notes) implements AgendaRow {
    }
}
