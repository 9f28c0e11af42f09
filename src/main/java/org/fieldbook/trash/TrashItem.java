package org.fieldbook.trash;

import java.time.LocalDate;
import java.util.List;

/**
 * One deleted record. {@code type} is "visit", "note", "meeting" or "stakeholder"; {@code context} says where it
 * belonged (city, meeting) and {@code dates} when (a meeting's day, a visit's first and last day; the view formats
 * them in the reader's language); {@code deletedHlc} is the clock stamp of the deletion, for ordering.
 */
public record TrashItem(String type, String id, String title, String context, List<LocalDate> dates, String deletedHlc) {
    public TrashItem {
        dates = dates == null ? List.of() : List.copyOf(dates);
    }
}
