package org.fieldbook.app.ui;

import static org.fieldbook.app.ui.WindowWaits.showVisit;
import static org.fieldbook.app.ui.WindowWaits.waitFor;

import java.util.List;
import javafx.scene.control.Label;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.visit.Meeting;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Counts follow the store: the visit card in the sidebar and the Overview's coverage change after any committed write
 * (here made straight through the services, as an import or another pane would), with nothing refreshed by hand.
 */
@WindowTest
class CountsFollowTheStoreTest {
    @WindowTest.Inject private Services services;
    @WindowTest.Inject private MainWindow window;

    @Test
    void sidebarAndOverviewFollowEveryWrite(FxRobot robot) {
        Visit v = TestWorkspace.visit(services, "Strasbourg");
        Meeting m = TestWorkspace.meeting(services, v, "Mayor");
        showVisit(robot, window, v.id(), "visit shown");
        robot.interact(() -> window.showTab(0));
        waitFor("card says no notes", () -> sidebarSays(robot, "1 meeting · 0 notes"));
        waitFor("education has no notes", () -> text(robot, "#area-education").equals("no notes yet"));

        Note n = services.notes().save(new Note(null, v.id(), m.id(), NoteKind.OBSERVATION, "Mother-tongue classes", null, "",
                List.of("education")));
        waitFor("card counts the new note", () -> sidebarSays(robot, "1 meeting · 1 note"));
        waitFor("overview counts it for education", () -> text(robot, "#area-education").equals("1"));

        // a saved note's areas change: coverage moves with them (this stayed stale before)
        services.notes().save(new Note(n.id(), v.id(), m.id(), NoteKind.OBSERVATION, "Mother-tongue classes", null, "",
                List.of("welcoming")));
        waitFor("education back to no notes", () -> text(robot, "#area-education").equals("no notes yet"));
        waitFor("welcoming has it", () -> text(robot, "#area-welcoming").equals("1"));

        services.meetings().create(new Meeting(null, v.id(), v.start(), java.time.LocalTime.of(11, 0),
                java.time.LocalTime.of(12, 0), "Schools", "", org.fieldbook.visit.MeetingFormat.MEETING));
        services.notes().delete(n.id());
        waitFor("card after a meeting added and the note deleted", () -> sidebarSays(robot, "2 meetings · 0 notes"));
    }

    private static boolean sidebarSays(FxRobot robot, String counts) {
        return robot.lookup("#visitList .label").queryAllAs(Label.class).stream().anyMatch(l -> counts.equals(l.getText()));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }
}
