package org.fieldbook;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.fieldbook.app.Services;
import org.fieldbook.store.Role;
import org.fieldbook.visit.City;
import org.fieldbook.visit.Meeting;
import org.fieldbook.visit.MeetingFormat;
import org.fieldbook.visit.TeamMember;
import org.fieldbook.visit.Visit;
import org.fieldbook.visit.VisitMode;
import org.fieldbook.visit.VisitStatus;

/** Builds small workspaces for tests. */
public final class TestWorkspace {
    private TestWorkspace() {
    }

    public static Services open(Path dir) {
        Services s = TestEngine.open(dir, System::currentTimeMillis);
        s.store().setIdentity("Test Expert", Role.EXPERT);
        return s;
    }

    /**
     * A program of the office on the shared PostgreSQL database {@code db} (its local files in {@code folder}), its
     * person signed in as {@code name} with the office role.
     */
    public static Services officeStaff(org.fieldbook.store.PgLocation db, Path folder, String name) {
        Services s = Services.open(db, folder, System::currentTimeMillis, null);
        s.store().setIdentity(name, Role.OFFICE);
        return s;
    }

    public static Visit visit(Services s, String cityName) {
        City city = s.cities().create(City.named(cityName, "Testland"));
        return s.visits().create(new Visit(null, city.id(), LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 21),
                VisitMode.IN_PERSON, VisitStatus.UNDER_WAY, List.of(new TeamMember("Test Expert", TeamMember.EXPERT))));
    }

    /** Work done in a test workspace with one visit in it. */
    @FunctionalInterface
    public interface VisitWork {
        void run(Services s, Visit v) throws Exception;
    }

    /** Opens a workspace in {@code dir}, makes a visit to {@code cityName} and does {@code work}; the workspace is closed after. */
    public static void withVisit(Path dir, String cityName, VisitWork work) {
        withVisit(dir, s -> visit(s, cityName), work);
    }

    /** Opens a workspace in {@code dir}, makes its visit with {@code visit} and does {@code work}; the workspace is closed after. */
    public static void withVisit(Path dir, java.util.function.Function<Services, Visit> visit, VisitWork work) {
        try (Services s = open(dir)) {
            work.run(s, visit.apply(s));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Meeting meeting(Services s, Visit v, String title) {
        return s.meetings().create(new Meeting(null, v.id(), v.start(), LocalTime.of(9, 0), LocalTime.of(10, 0), title,
                "City hall", MeetingFormat.MEETING));
    }
}
