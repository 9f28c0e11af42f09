package org.fieldbook.trash;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fieldbook.note.NoteRepository;
import org.fieldbook.stakeholder.StakeholderRepository;
import org.fieldbook.store.Database;
import org.fieldbook.store.Sql;
import org.fieldbook.visit.MeetingRepository;
import org.fieldbook.visit.VisitRepository;

/** Lists what is in the trash and brings it back through the owning repository. */
public final class TrashService {
    private static final int LIMIT = 500;

    private final Database db;
    private final NoteRepository notes;
    private final MeetingRepository meetings;
    private final StakeholderRepository stakeholders;
    private final VisitRepository visits;

    public TrashService(Database db, NoteRepository notes, MeetingRepository meetings, StakeholderRepository stakeholders,
                        VisitRepository visits) {
        this.db = db;
        this.visits = visits;
        this.notes = notes;
        this.meetings = meetings;
        this.stakeholders = stakeholders;
    }

    /** Deleted visits, notes, meetings and stakeholders, most recently deleted first. */
    public List<TrashItem> list() {
        return db.read(c -> {
            List<TrashItem> out = new ArrayList<>();
            out.addAll(Sql.list(c, "SELECT n.id, n.text, n.updated_hlc, ci.name AS city, m.title AS meeting FROM note n"
                    + " JOIN visit v ON v.id=n.visit_id JOIN city ci ON ci.id=v.city_id LEFT JOIN meeting m ON m.id=n.meeting_id"
                    + " WHERE n.deleted=1 ORDER BY n.updated_hlc DESC LIMIT " + LIMIT,
                    rs -> new TrashItem("note", rs.getString("id"), firstLine(rs.getString("text")),
                            join(rs.getString("city"), rs.getString("meeting")), List.of(), rs.getString("updated_hlc"))));
            out.addAll(Sql.list(c, "SELECT m.id, m.title, m.day, m.updated_hlc, ci.name AS city FROM meeting m"
                    + " JOIN visit v ON v.id=m.visit_id JOIN city ci ON ci.id=v.city_id"
                    + " WHERE m.deleted=1 ORDER BY m.updated_hlc DESC LIMIT " + LIMIT,
                    rs -> new TrashItem("meeting", rs.getString("id"), rs.getString("title"), rs.getString("city"),
                            List.of(LocalDate.parse(rs.getString("day"))), rs.getString("updated_hlc"))));
            out.addAll(Sql.list(c, "SELECT s.id, s.person, s.organisation, s.updated_hlc, ci.name AS city FROM stakeholder s"
                    + " JOIN city ci ON ci.id=s.city_id WHERE s.deleted=1 ORDER BY s.updated_hlc DESC LIMIT " + LIMIT,
                    rs -> new TrashItem("stakeholder", rs.getString("id"),
                            join(rs.getString("person"), rs.getString("organisation")), rs.getString("city"), List.of(),
                            rs.getString("updated_hlc"))));
            out.addAll(Sql.list(c, "SELECT v.id, v.start_date, v.end_date, v.updated_hlc, ci.name AS city FROM visit v"
                    + " JOIN city ci ON ci.id=v.city_id WHERE v.deleted=1 ORDER BY v.updated_hlc DESC LIMIT " + LIMIT,
                    rs -> new TrashItem("visit", rs.getString("id"), rs.getString("city"), "",
                            List.of(LocalDate.parse(rs.getString("start_date")), LocalDate.parse(rs.getString("end_date"))),
                            rs.getString("updated_hlc"))));
            out.sort(Comparator.comparing(TrashItem::deletedHlc).reversed());
            return out;
        });
    }

    public void restore(TrashItem item) {
        switch (item.type()) {
            case "note" -> notes.restore(item.id());
            case "meeting" -> meetings.restore(item.id());
            case "stakeholder" -> stakeholders.restore(item.id());
            case "visit" -> visits.restore(item.id());
            default -> throw new IllegalArgumentException("Cannot restore a " + item.type());
        }
    }

    static String firstLine(String text) {
        String t = text == null ? "" : text.strip();
        int nl = t.indexOf('\n');
        String line = nl < 0 ? t : t.substring(0, nl);
        return line.length() > 120 ? line.substring(0, 119) + "…" : line;
    }

    public static String join(String a, String b) {
        boolean hasA = a != null && !a.isBlank();
        boolean hasB = b != null && !b.isBlank();
        if (hasA && hasB) {
            return a + " · " + b;
        }
        return hasA ? a : hasB ? b : "";
    }
}
