package org.fieldbook.app.ui;

import static org.fieldbook.app.ui.WindowWaits.showVisit;
import static org.fieldbook.app.ui.WindowWaits.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.index.IndexDemo;
import org.fieldbook.index.ui.QuestionRow;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * INDEX verification in the window: the first F8 after clicking the tab selects a question (even before the questions
 * have loaded); after F8 the detail pane is back at the top and the evidence search holds the new question's words; the
 * Question column has room; area names in the scores table never break inside a word.
 */
@WindowTest
class VerificationKeysTest {
    @WindowTest.Inject private Services services;
    @WindowTest.Inject private MainWindow window;

    @Test
    @SuppressWarnings("unchecked")
    void firstF8ScrollsUpAndSearchesTheQuestion(FxRobot robot) {
        Visit v = TestWorkspace.visit(services, "Strasbourg");
        IndexDemo.populate(services.index(), services.notes(), v.id());
        showVisit(robot, window, v.id(), "visit shown");

        robot.clickOn("#tabVerification");
        robot.press(KeyCode.F8).release(KeyCode.F8);
        waitFor("the first F8 selected a question", () -> robot.lookup("#questionTable").tryQuery()
                .map(t -> ((TableView<QuestionRow>) t).getSelectionModel().getSelectedItem() != null).orElse(false));
        TableView<QuestionRow> table = robot.lookup("#questionTable").queryAs(TableView.class);
        QuestionRow first = table.getSelectionModel().getSelectedItem();
        TextField search = robot.lookup("#evidenceSearch").queryAs(TextField.class);
        String firstWords = search.getText();
        assertTrue(!firstWords.isBlank(), "the evidence search holds the question's words");
        for (String w : firstWords.split(" ")) {
            assertTrue(first.question().text("en").toLowerCase(Locale.ROOT).contains(w), w + " in " + first.question().text("en"));
        }

        ScrollPane detail = robot.lookup("#questionDetail").queryAs(ScrollPane.class);
        robot.interact(() -> detail.setVvalue(detail.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.F8).release(KeyCode.F8);
        waitFor("the next question", () -> table.getSelectionModel().getSelectedItem() != first);
        QuestionRow second = table.getSelectionModel().getSelectedItem();
        waitFor("detail back at the top", () -> detail.getVvalue() == detail.getVmin());
        assertNotEquals(firstWords, search.getText(), "the search took the new question's words");
        for (String w : search.getText().split(" ")) {
            assertTrue(second.question().text("en").toLowerCase(Locale.ROOT).contains(w), w + " in " + second.question().text("en"));
        }

        TableColumn<QuestionRow, ?> question = table.getColumns().get(1);
        assertTrue(question.getWidth() >= 200, "Question column " + question.getWidth() + " px of a table " + table.getWidth());

        assertTrue(robot.lookup("#questionDetail").queryAs(ScrollPane.class).getWidth() >= 1280 / 2.0 - 40,
                "the detail keeps about half the window: " + robot.lookup("#questionDetail").queryAs(ScrollPane.class).getWidth());
        robot.clickOn("#scoresToggle");
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> names = robot.lookup("#scoresTable").queryAs(GridPane.class).getChildren().stream()
                .filter(n -> GridPane.getColumnIndex(n) == 0 && GridPane.getRowIndex(n) > 0).map(n -> (Label) n).toList();
        assertTrue(names.stream().anyMatch(l -> l.getText().contains("Neighbourhoods")), "scores table shown");
        for (Label l : names) {
            javafx.scene.text.Text word = new javafx.scene.text.Text(longest(l.getText()));
            word.setFont(l.getFont());
            assertTrue(l.getWidth() >= word.getLayoutBounds().getWidth(),
                    "'" + l.getText() + "' is " + l.getWidth() + " px wide, its longest word " + word.getLayoutBounds().getWidth());
        }
        assertEquals(first.question().text("en").isEmpty(), false);
    }

    private static String longest(String s) {
        String best = "";
        for (String w : s.split("\\s+")) {
            if (w.length() > best.length()) {
                best = w;
            }
        }
        return best;
    }
}
