package org.fieldbook.app.ui;

import static org.fieldbook.app.ui.WindowWaits.keys;
import static org.fieldbook.app.ui.WindowWaits.present;
import static org.fieldbook.app.ui.WindowWaits.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.note.Note;
import org.fieldbook.note.ReviewNote;
import org.fieldbook.note.ui.NoteContext;
import org.fieldbook.support.ui.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The notes review in the window, on the demo visit: Ctrl+7 opens it with all 129 notes; filtering by an INDEX area and a
 * kind shows exactly the notes the store holds for both (checked against the store), with the counts beside the
 * choices; the arrow keys move in the list and Enter opens the note in its meeting's Notes tab; a note written
 * meanwhile is in the review when it is shown again.
 */
@ExtendWith(ApplicationExtension.class)
class NotesReviewFlowTest {
    @TempDir
    static Path dir;

    private Services services;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        services = TestWorkspace.open(dir.resolve("ws-" + System.nanoTime()));
        window = new MainWindow(stage, services, new I18n(Locale.ENGLISH), file -> { });
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.close()).get(10, TimeUnit.SECONDS);
        services.close();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Object> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    /** Chooses the drop-down's entry for {@code value} (a facet value) as a click in its list would. */
    private static void choose(FxRobot robot, String id, String value) {
        ComboBox<Object> c = combo(robot, id);
        robot.interact(() -> c.getSelectionModel().select(c.getItems().stream()
                .filter(o -> value.equals(((org.fieldbook.note.ui.NotesReviewView.Option) o).value())).findFirst().orElseThrow()));
    }

    private static String textOf(FxRobot robot, String id, String value) {
        return combo(robot, id).getItems().stream().map(o -> (org.fieldbook.note.ui.NotesReviewView.Option) o)
                .filter(o -> value.equals(o.value())).findFirst().orElseThrow().text();
    }

    @Test
    @SuppressWarnings("unchecked")
    void filterByAreaAndKindThenOpenANoteInItsMeetingWithEnter(FxRobot robot) {
        waitFor("empty start screen", () -> present(robot, "#emptyState"));
        robot.interact(window::loadDemo);
        waitFor("demo visit", () -> window.currentVisit() != null && window.currentVisit().data() != null
                && window.currentVisit().data().meetings().size() > 10);
        String visitId = window.currentVisit().visitId();
        List<Note> notes = services.notes().forVisit(visitId);
        assertEquals(129, notes.size());

        // Ctrl+7: the review, every note of the visit
        robot.clickOn("#visitTitle");
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT7);
        waitFor("review shown", () -> present(robot, "#reviewList")
                && robot.lookup("#reviewList").<ListView<ReviewNote>>query().getItems().size() == 129);
        assertEquals(6, robot.lookup("#visitTabs").<TabPane>query().getSelectionModel().getSelectedIndex());
        assertEquals("129 of 129 notes", robot.lookup("#reviewCount").<Label>query().getText());
        // the keyboard is in the review: on the first filter, Tab goes on to the next
        waitFor("focus on the area filter", () -> WindowWaits.focused(robot, "#reviewArea"));
        keys(robot, KeyCode.TAB);
        waitFor("Tab reaches the kind filter", () -> WindowWaits.focused(robot, "#reviewKind"));

        // the area and kind with the most notes together, from the store
        Map<String, Long> pairs = notes.stream().flatMap(n -> n.areas().stream().map(a -> a + "|" + n.kind().id()))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        String pair = pairs.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        String area = pair.split("\\|")[0];
        String kind = pair.split("\\|")[1];
        List<String> inArea = notes.stream().filter(n -> n.areas().contains(area)).map(Note::id).toList();
        List<String> expected = notes.stream().filter(n -> n.areas().contains(area) && n.kind().id().equals(kind)).map(Note::id).toList();
        assertTrue(expected.size() > 1 && expected.size() < inArea.size(), pair + ": " + expected.size());

        choose(robot, "#reviewArea", area);
        waitFor("area filter", () -> robot.lookup("#reviewList").<ListView<ReviewNote>>query().getItems().size() == inArea.size());
        long kindInArea = notes.stream().filter(n -> n.areas().contains(area) && n.kind().id().equals(kind)).count();
        assertTrue(textOf(robot, "#reviewKind", kind).endsWith("(" + kindInArea + ")"),
                "the kind's count within the area: " + textOf(robot, "#reviewKind", kind));
        choose(robot, "#reviewKind", kind);
        ListView<ReviewNote> list = robot.lookup("#reviewList").query();
        waitFor("area and kind filter", () -> list.getItems().size() == expected.size());
        assertEquals(expected, list.getItems().stream().map(ReviewNote::id).toList(), "the notes of both, as taken");
        assertEquals(expected.size() + " of 129 notes", robot.lookup("#reviewCount").<Label>query().getText());
        long areaAnyKind = inArea.size();
        assertTrue(textOf(robot, "#reviewKind", kind).endsWith("(" + kindInArea + ")"));
        assertTrue(combo(robot, "#reviewKind").getItems().get(0).toString().endsWith("(" + areaAnyKind + ")"),
                "'all kinds' counts the area's notes: " + combo(robot, "#reviewKind").getItems().get(0));
        long kindAnyArea = notes.stream().filter(n -> n.kind().id().equals(kind)).count();
        assertTrue(combo(robot, "#reviewArea").getItems().get(0).toString().endsWith("(" + kindAnyArea + ")"),
                "'all areas' counts the kind's notes: " + combo(robot, "#reviewArea").getItems().get(0));

        // keyboard: into the list, Down to the second note, Enter opens it in its meeting
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        keys(robot, KeyCode.DOWN);
        waitFor("second note selected", () -> list.getSelectionModel().getSelectedIndex() == 1);
        ReviewNote chosen = list.getSelectionModel().getSelectedItem();
        keys(robot, KeyCode.ENTER);
        waitFor("the note opened in the Notes tab", () -> robot.lookup("#visitTabs").<TabPane>query().getSelectionModel()
                .getSelectedIndex() == 2 && chosen.id().equals(window.currentVisit().notesPane().model().currentIdProperty().get()));
        NoteContext context = robot.lookup("#noteContext").<ComboBox<NoteContext>>query().getValue();
        assertEquals(chosen.meetingId(), context.meetingId(), "in its meeting");

        // a note written while the review is hidden shows when it comes back, filters kept
        Note added = services.notes().save(new Note(null, visitId, chosen.meetingId(), chosen.kind(), "Added while away.", null, "",
                List.of(area)));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT7);
        waitFor("the new note in the review", () -> list.getItems().size() == expected.size() + 1
                && list.getItems().get(list.getItems().size() - 1).id().equals(added.id()));
        assertEquals((expected.size() + 1) + " of 130 notes", robot.lookup("#reviewCount").<Label>query().getText());
    }
}
