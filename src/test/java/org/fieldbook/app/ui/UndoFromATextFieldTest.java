package org.fieldbook.app.ui;

import static org.fieldbook.app.ui.WindowWaits.showVisit;
import static org.fieldbook.app.ui.WindowWaits.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.input.KeyCode;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.visit.Meeting;
import org.fieldbook.visit.Visit;
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
        Visit v = TestWorkspace.visit(services, "Strasbourg");
        Meeting m = TestWorkspace.meeting(services, v, "Mayor");
        Note n = services.notes().save(new Note(null, v.id(), m.id(), NoteKind.OBSERVATION, "A welcome desk", null, "", List.of()));
        showVisit(robot, window, v.id(), "visit shown");
        robot.interact(() -> window.currentVisit().openNotes(m.id(), n.id()));
        waitFor("note open", () -> n.id().equals(window.currentVisit().notesPane().model().currentIdProperty().get()));
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
