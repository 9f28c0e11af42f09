package org.fieldbook.app.ui;

import static org.fieldbook.app.ui.WindowWaits.present;
import static org.fieldbook.app.ui.WindowWaits.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.search.SearchQuery;
import org.fieldbook.trash.TrashItem;
import org.fieldbook.visit.Visit;
import org.fieldbook.visit.VisitSummary;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A whole visit goes to the trash only after a confirmation whose default is Cancel; its notes leave the search
 * results; Ctrl+Z brings it back, and so does Restore in the trash. Nothing is erased.
 */
@WindowTest
class VisitTrashTest {
    @WindowTest.Inject private Services services;
    @WindowTest.Inject private MainWindow window;
    private Visit wrong;
    private Visit kept;

    @WindowTest.BeforeWindow
    void seed() {
        kept = TestWorkspace.visit(services, "Keptville");
        wrong = TestWorkspace.visit(services, "Wrongtown");
        services.notes().save(new Note(null, wrong.id(), null, NoteKind.OBSERVATION, "Zebra crossings near every school",
                null, "", List.of()));
    }

    private List<String> shownVisits() {
        return services.visits().summaries().stream().map(VisitSummary::id).toList();
    }

    private boolean zebraFound() {
        return !services.search().search(SearchQuery.of("zebra")).isEmpty();
    }

    private void askToDelete(FxRobot robot) {
        robot.interact(() -> window.reloadVisits(wrong.id()));
        waitFor("wrong visit shown", () -> window.currentVisit() != null && window.currentVisit().visitId().equals(wrong.id())
                && window.currentVisit().data() != null);
        javafx.application.Platform.runLater(window::deleteVisit); // not interact(): the confirmation waits for an answer
        waitFor("confirmation", () -> present(robot, "#visitDeleteConfirm"));
    }

    @Test
    void visitGoesToTheTrashAndComesBack(FxRobot robot) {
        assertTrue(zebraFound());

        // Enter on the confirmation means Cancel: nothing is deleted by a stray key
        askToDelete(robot);
        robot.targetWindow(robot.lookup("#visitDeleteConfirm").query().getScene().getWindow());
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitFor("confirmation closed", () -> !present(robot, "#visitDeleteConfirm"));
        assertEquals(2, shownVisits().size());

        askToDelete(robot);
        robot.clickOn("#visitDeleteConfirm");
        waitFor("visit in the trash", () -> shownVisits().equals(List.of(kept.id())));
        assertTrue(!zebraFound(), "a trashed visit's notes leave the search results");
        assertEquals(1, services.notes().forVisit(wrong.id()).size(), "its notes are kept, not erased");
        waitFor("the other visit is shown", () -> window.currentVisit() != null && window.currentVisit().visitId().equals(kept.id()));

        // Ctrl+Z: back at once
        robot.targetWindow(window.stage());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor("visit restored by undo", () -> shownVisits().size() == 2);
        assertTrue(zebraFound());

        // Deleted again, then restored from the trash
        askToDelete(robot);
        robot.clickOn("#visitDeleteConfirm");
        waitFor("visit in the trash again", () -> shownVisits().size() == 1);
        robot.clickOn("#sidebarTrash");
        waitFor("trash lists the visit", () -> present(robot, "#trashTable")
                && robot.lookup("#trashTable").<TableView<TrashItem>>query().getItems().stream().anyMatch(i -> i.id().equals(wrong.id())));
        TableView<TrashItem> table = robot.lookup("#trashTable").query();
        TrashItem item = table.getItems().stream().filter(i -> i.id().equals(wrong.id())).findFirst().orElseThrow();
        assertEquals("visit", item.type());
        assertEquals("Wrongtown", item.title());
        robot.interact(() -> table.getSelectionModel().select(item));
        robot.clickOn("#trashRestore");
        waitFor("visit restored from the trash", () -> shownVisits().size() == 2);
        assertTrue(zebraFound());
    }
}
