package org.fieldbook.app.ui;

import static org.fieldbook.app.ui.WindowWaits.showVisit;
import static org.fieldbook.app.ui.WindowWaits.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.input.KeyCode;
import org.fieldbook.app.Services;
import org.fieldbook.visit.Meeting;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+Z brings a deleted note back even when the focus is in the note's text field (with nothing typed to undo). */
@WindowTest
class UndoFromATextFieldTest {
    @WindowTest.Inject private Services services;
    @WindowTest.Inject private MainWindow window;

    @Test
    void ctrlZInTheTextFieldUndoesTheDeletion(FxRobot robot) {
        Meeting m = WindowWaits.openWelcomeDeskNote(robot, window, services).meeting();
        robot.clickOn("#noteDelete");
        waitFor("deleted", () -> services.notes().forMeeting(m.id()).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("noteList", robot.lookup("#noteList").query().getScene().getFocusOwner().getId(),
                "after a delete the focus is on the list, not in another note");
        robot.interact(() -> robot.lookup("#noteText").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor("restored by Ctrl+Z", () -> services.notes().forMeeting(m.id()).size() == 1);
        assertEquals("A welcome desk", services.notes().forMeeting(m.id()).get(0).text());
    }
}
