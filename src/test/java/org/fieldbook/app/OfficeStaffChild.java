package org.fieldbook.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.profile.ProfileSection;
import org.fieldbook.store.PgLocation;
import org.fieldbook.store.Role;
import org.fieldbook.sync.Progress;
import org.fieldbook.sync.imports.ImportOptions;
import org.fieldbook.visit.City;
import org.fieldbook.visit.TeamMember;
import org.fieldbook.visit.Visit;
import org.fieldbook.visit.VisitMode;

/**
 * One office staff member's program, run in its own JVM by {@link ThreeOfficeStaffPgTest}: opens the office database
 * and, round after round, reads then edits the same visit, city, note and profile section as the other staff (each
 * its own lines of the texts and its own field of the visit) and adds notes of its own; staff 2 imports a bundle in
 * the middle. Prints "EDIT ..." after each committed edit and "DONE" at the end; any failure ends the JVM with 1.
 *
 * <p>Arguments: database URL, local folder, staff number (0–2), visit id, note id, section id, rounds, bundle (or "-").
 */
public final class OfficeStaffChild {
    private OfficeStaffChild() {
    }

    public static void main(String[] args) throws Exception {
        PgLocation db = PgLocation.parse(args[0]);
        int k = Integer.parseInt(args[2]);
        String visitId = args[3];
        String noteId = args[4];
        String sectionId = args[5];
        int rounds = Integer.parseInt(args[6]);
        Path bundle = args[7].equals("-") ? null : Path.of(args[7]);
        try (Services s = Services.open(db, Path.of(args[1]), System::currentTimeMillis, null)) {
            s.store().setIdentity("Staff " + k, Role.OFFICE);
            for (int j = 0; j < rounds; j++) {
                int line = k * (rounds + 2) + j; // two untouched lines between staff: their edits never touch
                String mark = "staff " + k + " edit " + j;

                Note n = s.notes().find(noteId).orElseThrow();
                s.notes().save(n.withText(replaceLine(n.text(), line, mark)));
                System.out.println("EDIT note " + mark);

                ProfileSection p = s.profile().section(sectionId);
                s.profile().saveBody(sectionId, replaceLine(p.body(), line, mark));
                System.out.println("EDIT section " + mark);

                Visit v = s.visits().find(visitId).orElseThrow();
                City c = s.cities().find(v.cityId()).orElseThrow();
                City city = new City(c.id(), c.name(), c.country(), c.population(), c.foreignBornPct(), c.foreignResidentsPct(),
                        c.minoritiesPct(), c.languages(), replaceLine(c.context(), line, mark));
                // each staff member its own field of the visit
                Visit edited = switch (k) {
                    case 0 -> new Visit(v.id(), v.cityId(), v.start(), v.end(), v.mode(), v.status(),
                            List.of(new TeamMember("Lead " + j, TeamMember.EXPERT)));
                    case 1 -> new Visit(v.id(), v.cityId(), v.start(), v.start().plusDays(1 + j), v.mode(), v.status(), v.team());
                    default -> new Visit(v.id(), v.cityId(), v.start(), v.end(), j % 2 == 0 ? VisitMode.ONLINE : VisitMode.IN_PERSON,
                            v.status(), v.team());
                };
                s.visitService().saveVisit(city, edited);
                System.out.println("EDIT visit " + mark);

                s.notes().save(new Note(null, visitId, null, NoteKind.OBSERVATION, "new note by " + mark, null, "", List.of()));
                System.out.println("EDIT newnote " + mark);

                if (bundle != null && j == rounds / 2) {
                    var report = s.sync().imports().importBundle(bundle, new ImportOptions(true, true, false), Progress.NONE);
                    if (!report.applied()) {
                        throw new IllegalStateException("import not applied");
                    }
                    System.out.println("EDIT imported");
                }
                System.out.flush();
            }
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.out.println("DONE");
        System.out.flush();
        System.exit(0);
    }

    static String replaceLine(String text, int line, String value) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        lines.set(line, value);
        return String.join("\n", lines);
    }
}
