package org.fieldbook.app.ui;

import static org.fieldbook.app.ui.WindowWaits.showVisit;
import static org.fieldbook.app.ui.WindowWaits.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.control.ToggleButton;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.visit.Meeting;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The area chips keep their place while a person tags: ticking a chip or choosing "Quote" moves no chip. */
@WindowTest(french = true)
class AreaChipsStayPutTest {
    @WindowTest.Inject private Services services;
    @WindowTest.Inject private MainWindow window;

    private Map<String, Bounds> chips(FxRobot robot) {
        Map<String, Bounds> out = new LinkedHashMap<>();
        for (ToggleButton b : robot.lookup(".area-chip").queryAllAs(ToggleButton.class)) {
            if (b.getId() != null && b.isVisible() && b.getScene() != null) {
                out.put(b.getId(), b.localToScene(b.getBoundsInLocal()));
            }
        }
        return out;
    }

    @Test
    void tickingAndChoosingQuoteMoveNoChip(FxRobot robot) {
        Visit v = TestWorkspace.visit(services, "Strasbourg");
        Meeting m = TestWorkspace.meeting(services, v, "Mayor");
        showVisit(robot, window, v.id(), "visit shown");
        robot.interact(() -> window.currentVisit().openNotes(m.id(), null));
        waitFor("notes on the meeting", () -> m.id().equals(window.currentVisit().notesPane().model().meetingId()));
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, Bounds> before = chips(robot);
        assertTrue(before.size() >= 15, "chips: " + before.keySet());
        for (String id : new String[] {"area-chip-commitment", "area-chip-education", "area-chip-welcoming", "area-chip-public_space"}) {
            robot.clickOn("#" + id);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(robot.lookup("#" + id).queryAs(ToggleButton.class).isSelected(), id);
            assertEquals(before, chips(robot), "after ticking " + id);
        }
        robot.clickOn("#kind-quote");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#speaker").query().isVisible(), "the speaker field is there for a quote");
        assertEquals(before, chips(robot), "after choosing Quote");
    }
}
