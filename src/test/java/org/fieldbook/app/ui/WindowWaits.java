package org.fieldbook.app.ui;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.visit.Meeting;
import org.fieldbook.visit.Visit;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Waits and lookups the window tests share: background work lands on the FX thread some time after an action. */
final class WindowWaits {
    private WindowWaits() {
    }

    /** Waits (up to 20 s) until {@code condition} holds, then for pending FX events; fails naming {@code what}. */
    static void waitFor(String what, Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> condition.get());
        } catch (Exception e) {
            throw new AssertionError("timed out waiting for: " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Shows the visit {@code visitId} in {@code window} and waits (naming {@code what}) until its data is on screen. */
    static void showVisit(FxRobot robot, MainWindow window, String visitId, String what) {
        robot.interact(() -> window.reloadVisits(visitId));
        waitFor(what, () -> window.currentVisit() != null && window.currentVisit().data() != null);
    }

    /** What {@link #openWelcomeDeskNote} made: a visit to Strasbourg, its meeting with the mayor, the note taken there. */
    record OpenNote(Visit visit, Meeting meeting, Note note) {
    }

    /** Makes a visit to Strasbourg with a meeting with the mayor and a note "A welcome desk", shows it and opens the note. */
    static OpenNote openWelcomeDeskNote(FxRobot robot, MainWindow window, Services services) {
        Visit v = TestWorkspace.visit(services, "Strasbourg");
        Meeting m = TestWorkspace.meeting(services, v, "Mayor");
        Note n = services.notes().save(new Note(null, v.id(), m.id(), NoteKind.OBSERVATION, "A welcome desk", null, "", List.of()));
        showVisit(robot, window, v.id(), "visit shown");
        robot.interact(() -> window.currentVisit().openNotes(m.id(), n.id()));
        waitFor("note open", () -> n.id().equals(window.currentVisit().notesPane().model().currentIdProperty().get()));
        return new OpenNote(v, m, n);
    }

    /** The text of the window's notification, or "" while there is none. */
    static String notice(FxRobot robot) {
        return robot.lookup("#notificationMessage").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    /** Whether a node matching {@code query} exists and is visible. */
    static boolean present(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** Whether the node matching {@code query} has the keyboard focus. */
    static boolean focused(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isFocused).orElse(false);
    }

    /** Typed text goes to the window holding {@code query}, the one with the keyboard focus (no click involved). */
    static void typeInto(FxRobot robot, String query) {
        robot.targetWindow(robot.lookup(query).query().getScene().getWindow());
    }

    /** Presses the keys together, then lets them go (a shortcut). */
    static void keys(FxRobot robot, javafx.scene.input.KeyCode... codes) {
        robot.press(codes).release(codes);
    }
}
