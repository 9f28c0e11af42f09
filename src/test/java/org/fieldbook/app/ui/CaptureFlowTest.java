package org.fieldbook.app.ui;

import static org.fieldbook.app.ui.WindowWaits.present;
import static org.fieldbook.app.ui.WindowWaits.waitFor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.note.Note;
import org.fieldbook.search.SearchHit;
import org.fieldbook.trash.TrashItem;
import org.fieldbook.visit.Meeting;
import org.fieldbook.visit.VisitSummary;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The capture flow through the real window, checked in the database: create a visit, add a meeting with
 * two attendees, capture three tagged notes, find one by search, delete it, undo, delete again and restore
 * it from the trash.
 */
@WindowTest
class CaptureFlowTest {
    @WindowTest.Inject private Services services;
    @WindowTest.Inject private MainWindow window;

    private void type(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.write(text);
    }

    @Test
    void createVisitMeetingNotesSearchDeleteRestore(FxRobot robot) {
        waitFor("empty start screen", () -> present(robot, "#emptyState"));

        // 1. New visit; a wrong population is refused next to the field and nothing is saved.
        robot.clickOn("#emptyNewVisit");
        waitFor("visit dialog", () -> present(robot, "#cityName"));
        type(robot, "#cityName", "Testville");
        type(robot, "#country", "Testland");
        type(robot, "#population", "lots");
        robot.clickOn("#visitSave");
        waitFor("population error", () -> present(robot, "#populationError"));
        assertTrue(robot.lookup("#populationError").queryAs(Label.class).getText().contains("whole number"));
        assertTrue(services.visits().summaries().isEmpty(), "an invalid form saves nothing");
        robot.doubleClickOn("#population").write("120000");
        robot.clickOn("#visitSave");
        waitFor("visit saved", () -> services.visits().summaries().size() == 1);
        VisitSummary visit = services.visits().summaries().get(0);
        assertEquals("Testville", visit.city());
        waitFor("visit view", () -> present(robot, "#visitTabs"));

        // 2. A meeting with two attendees, both added inline to the directory.
        robot.clickOn("#tabProgramme");
        robot.clickOn("#meetingAdd");
        waitFor("meeting dialog", () -> present(robot, "#meetingTitle"));
        type(robot, "#meetingStart", "9:00");
        type(robot, "#meetingEnd", "10:30");
        type(robot, "#meetingTitle", "Meeting with the mayor");
        type(robot, "#meetingPlace", "City hall");
        type(robot, "#newAttendeePerson", "Amélie Durand");
        type(robot, "#newAttendeeOrganisation", "City of Testville");
        robot.clickOn("#newAttendeeAdd");
        type(robot, "#newAttendeePerson", "Youssef Amrani");
        robot.clickOn("#newAttendeeAdd");
        robot.clickOn("#meetingSave");
        waitFor("meeting saved", () -> services.meetings().forVisit(visit.id()).size() == 1);
        Meeting meeting = services.meetings().forVisit(visit.id()).get(0);
        waitFor("attendees saved", () -> services.meetings().attendeeIds(meeting.id()).size() == 2);
        assertEquals(2, services.stakeholders().forCity(services.visits().find(visit.id()).orElseThrow().cityId()).size());
        assertEquals("09:00", meeting.start().toString());

        // 3. Three tagged notes on the meeting, each committed with Ctrl+Enter.
        waitFor("meeting in agenda", () -> window.currentVisit().data() != null
                && window.currentVisit().data().meetings().size() == 1);
        robot.interact(() -> window.currentVisit().openNotes(meeting.id(), null));
        waitFor("notes on the meeting", () -> meeting.id().equals(window.currentVisit().notesPane().model().meetingId()));
        // the area chips are on the Tab path and Space toggles them
        javafx.scene.control.ToggleButton welcomingChip = robot.lookup("#area-chip-welcoming").query();
        assertTrue(welcomingChip.isFocusTraversable());
        robot.interact(welcomingChip::requestFocus);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(welcomingChip.isSelected());
        assertTrue(window.currentVisit().notesPane().model().areas().contains("welcoming"));
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(welcomingChip.isSelected());
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node focused = welcomingChip.getScene().getFocusOwner();
        assertTrue(focused != welcomingChip && focused.getStyleClass().contains("area-chip"), "Tab moved to " + focused);
        String[][] notes = {
                {"The mayor described a welcome desk for newcomers", "welcoming"},
                {"Schools run a mother-tongue programme", "education"},
                {"Police recruit from minority neighbourhoods", "anti_discrimination"}};
        for (String[] n : notes) {
            robot.clickOn("#area-chip-" + n[1]);
            robot.clickOn("#noteText").write(n[0]);
            robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
        }
        waitFor("three notes saved", () -> services.notes().forMeeting(meeting.id()).size() == 3);
        window.saver().flush();
        List<Note> saved = services.notes().forMeeting(meeting.id());
        for (int i = 0; i < notes.length; i++) {
            assertEquals(notes[i][0], saved.get(i).text());
            assertEquals(List.of(notes[i][1]), saved.get(i).areas());
        }

        // 4. Search finds the second note; Enter opens it in the editor.
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitFor("search dialog", () -> present(robot, "#searchField"));
        robot.clickOn("#searchField").write("mother tong");
        waitFor("search results", () -> {
            ListView<SearchHit> results = robot.lookup("#searchResults").queryListView();
            return results.getItems().size() == 1;
        });
        SearchHit hit = robot.lookup("#searchResults").<SearchHit>queryListView().getItems().get(0);
        assertEquals(saved.get(1).id(), hit.id());
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitFor("note opened", () -> saved.get(1).id().equals(window.currentVisit().notesPane().model().currentIdProperty().get()));
        assertEquals("Schools run a mother-tongue programme", window.currentVisit().notesPane().model().textProperty().get());

        // 5. Delete it, undo from the notification bar, delete again, restore from the trash.
        robot.clickOn("#noteDelete");
        waitFor("note deleted", () -> services.notes().forMeeting(meeting.id()).size() == 2);
        waitFor("undo offered", () -> present(robot, "#undoButton"));
        robot.clickOn("#undoButton");
        waitFor("note back after undo", () -> services.notes().forMeeting(meeting.id()).size() == 3);

        robot.interact(() -> window.currentVisit().openNotes(meeting.id(), saved.get(1).id()));
        waitFor("note reopened", () -> saved.get(1).id().equals(window.currentVisit().notesPane().model().currentIdProperty().get()));
        robot.clickOn("#noteDelete");
        waitFor("note deleted again", () -> services.notes().forMeeting(meeting.id()).size() == 2);
        assertFalse(services.notes().forMeeting(meeting.id()).stream().anyMatch(n -> n.id().equals(saved.get(1).id())));
        robot.clickOn("#sidebarTrash");
        waitFor("trash lists the note", () -> present(robot, "#trashTable")
                && robot.lookup("#trashTable").<TableView<TrashItem>>query().getItems().stream()
                .anyMatch(t -> t.id().equals(saved.get(1).id())));
        TableView<TrashItem> trash = robot.lookup("#trashTable").query();
        robot.interact(() -> trash.getSelectionModel().select(trash.getItems().stream()
                .filter(t -> t.id().equals(saved.get(1).id())).findFirst().orElseThrow()));
        robot.clickOn("#trashRestore");
        waitFor("note restored", () -> services.notes().forMeeting(meeting.id()).size() == 3);
        assertEquals(Set.of("welcoming", "education", "anti_discrimination"), services.notes().countsByArea(visit.id()).keySet());
    }

    @Test
    void overviewMarksAreasWithoutNotes(FxRobot robot) {
        var v = TestWorkspace.visit(services, "Lisbon");
        services.notes().save(new Note(null, v.id(), null, org.fieldbook.note.NoteKind.OBSERVATION, "Trams", null, "",
                List.of("public_space")));
        robot.interact(() -> window.reloadVisits(v.id()));
        waitFor("overview", () -> present(robot, "#area-public_space") && present(robot, "#overviewAreaSummary"));
        robot.interact(() -> robot.lookup("#visitTabs").<TabPane>query().getSelectionModel().select(0));
        assertEquals("1", robot.lookup("#area-public_space").queryAs(Label.class).getText());
        assertEquals("no notes yet", robot.lookup("#area-education").queryAs(Label.class).getText());
        assertEquals("16 areas have no evidence yet", robot.lookup("#overviewAreaSummary").queryAs(Label.class).getText());
    }

    @Test
    void demoButtonCreatesAndSelectsTheDemoVisit(FxRobot robot) {
        waitFor("empty start screen", () -> present(robot, "#emptyDemo"));
        robot.clickOn("#emptyDemo");
        waitFor("demo visit created", () -> services.visits().summaries().size() == 1);
        VisitSummary demo = services.visits().summaries().get(0);
        assertTrue(demo.meetings() >= 15 && demo.notes() >= 120, demo.toString());
        waitFor("demo visit shown", () -> window.currentVisit() != null && window.currentVisit().data() != null
                && window.currentVisit().visitId().equals(demo.id()));
        assertEquals(demo.city(), robot.lookup("#visitTitle").queryAs(Label.class).getText());
        assertFalse(present(robot, "#emptyState"));
    }
}
