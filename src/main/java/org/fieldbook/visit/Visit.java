package org.fieldbook.visit;

import java.time.LocalDate;
import java.util.List;

/** An expert visit to a city; {@code revision} is the stored revision it was read at (0: not read from the store). */
public record Visit(String id, String cityId, LocalDate start, LocalDate end, VisitMode mode, VisitStatus status,
                    List<TeamMember> team, long revision) {
    /** A visit not read from the store (revision 0). */
    public Visit(String id, String cityId, LocalDate start, LocalDate end, VisitMode mode, VisitStatus status,
                 List<TeamMember> team) {
        this(id, cityId, start, end, mode, status, team, 0);
    }

    public Visit {
        team = team == null ? List.of() : List.copyOf(team);
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("The visit ends (" + end + ") before it starts (" + start + ")");
        }
    }

    public Visit withId(String newId) {
        return new Visit(newId, cityId, start, end, mode, status, team, revision);
    }

    public Visit withRevision(long newRevision) {
        return new Visit(id, cityId, start, end, mode, status, team, newRevision);
    }

    /** The visit's days, first to last. */
    public List<LocalDate> days() {
        return start.datesUntil(end.plusDays(1)).toList();
    }
}
