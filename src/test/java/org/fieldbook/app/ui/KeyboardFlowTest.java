package org.fieldbook.app.ui;

import static org.fieldbook.app.ui.WindowWaits.present;
import static org.fieldbook.app.ui.WindowWaits.keys;
import static org.fieldbook.app.ui.WindowWaits.focused;
import static org.fieldbook.app.ui.WindowWaits.typeInto;
import static org.fieldbook.app.ui.WindowWaits.waitFor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.fieldbook.app.Services;
import org.fieldbook.note.Note;
import org.fieldbook.search.SearchHit;
import org.fieldbook.visit.VisitSummary;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The main flows with the keyboard alone (no click anywhere): Ctrl+N and a visit typed with Tab and Enter,
 * Ctrl+Shift+N and a note saved with Ctrl+Enter, Ctrl+K search opened with Enter, F1 sheet closed with Escape.
 * Checked in the database and in the window.
 */
@WindowTest
class KeyboardFlowTest {
    @WindowTest.Inject private Services services;
    @WindowTest.Inject private MainWindow window;

    @Test
    void visitNoteSearchAndShortcutSheetWithoutTheMouse(FxRobot robot) {
        waitFor("empty start screen", () -> present(robot, "#emptyState"));

        // Ctrl+N: the visit dialog opens with the city name focused; Tab moves to the country; Enter saves.
        keys(robot, KeyCode.CONTROL, KeyCode.N);
        waitFor("visit dialog", () -> present(robot, "#cityName"));
        waitFor("city name focused", () -> focused(robot, "#cityName"));
        typeInto(robot, "#cityName");
        robot.write("Keyville");
        keys(robot, KeyCode.TAB);
        assertTrue(focused(robot, "#country"), "Tab goes from the city's name to its country");
        robot.write("Keyland");
        keys(robot, KeyCode.ENTER);
        waitFor("visit saved", () -> services.visits().summaries().size() == 1);
        VisitSummary visit = services.visits().summaries().get(0);
        assertEquals("Keyville", visit.city());
        assertEquals("Keyland", visit.country());
        waitFor("visit shown", () -> window.currentVisit() != null && present(robot, "#visitTabs"));

        // Ctrl+Shift+N: a new note with the text focused; Ctrl+Enter saves it and starts the next one.
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        waitFor("note text focused", () -> robot.lookup(".text-area").queryAll().stream().anyMatch(Node::isFocused));
        typeInto(robot, "#visitTabs");
        robot.write("Libraries lend books in twelve languages");
        keys(robot, KeyCode.CONTROL, KeyCode.ENTER);
        waitFor("note saved", () -> services.notes().forVisit(visit.id()).stream()
                .anyMatch(n -> n.text().equals("Libraries lend books in twelve languages")));
        List<Note> notes = services.notes().forVisit(visit.id());
        assertEquals(1, notes.size(), "Ctrl+Enter saves one note and starts an empty one (not saved until typed in)");
        String noteId = notes.get(0).id();
        waitFor("next note started", () -> window.currentVisit().notesPane().model().textProperty().get().isEmpty());

        // Ctrl+K: search, typed query, Enter opens the selected hit.
        keys(robot, KeyCode.CONTROL, KeyCode.K);
        waitFor("search field focused", () -> focused(robot, "#searchField"));
        typeInto(robot, "#searchField");
        robot.write("librar");
        waitFor("one result", () -> {
            ListView<SearchHit> results = robot.lookup("#searchResults").queryListView();
            return results.getItems().size() == 1;
        });
        keys(robot, KeyCode.ENTER);
        waitFor("note opened from search",
                () -> noteId.equals(window.currentVisit().notesPane().model().currentIdProperty().get()));
        assertFalse(present(robot, "#searchField"), "Enter closes the search window");

        // F1: the shortcut sheet, generated from the menus, lists every accelerator; Escape closes it.
        keys(robot, KeyCode.F1);
        waitFor("shortcut sheet", () -> present(robot, "#shortcutSheet"));
        long accelerators = countAccelerators(window.menuBar().getMenus());
        List<String> shown = robot.lookup("#shortcutSheet .shortcut-keys").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertEquals(accelerators, shown.size(), "one row per menu accelerator");
        assertTrue(shown.contains("Ctrl+E"), "export bundle is listed: " + shown);
        assertTrue(shown.contains("F1"), shown.toString());
        keys(robot, KeyCode.ESCAPE);
        waitFor("sheet closed", () -> !present(robot, "#shortcutSheet"));

        // Every menu action has a shortcut or a mnemonic.
        for (Menu m : window.menuBar().getMenus()) {
            assertTrue(m.getText().contains("_"), "menu without mnemonic: " + m.getText());
            for (MenuItem item : m.getItems()) {
                if (!(item instanceof SeparatorMenuItem)) {
                    assertTrue(item.getAccelerator() != null || item.getText().contains("_"),
                            "menu item without shortcut or mnemonic: " + item.getText());
                }
            }
        }

        // Ctrl+1 goes back to the overview tab; the focused text field is still the note when Ctrl+3 returns.
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        waitFor("overview tab", () -> window.currentVisit().lookup("#visitTabs") instanceof javafx.scene.control.TabPane tp
                && tp.getSelectionModel().getSelectedIndex() == 0);
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        waitFor("notes tab with the text focused", () -> robot.lookup(".text-area").queryAll().stream()
                .anyMatch(n -> n.isFocused() && n instanceof TextInputControl));
    }

    private static long countAccelerators(List<Menu> menus) {
        long n = 0;
        for (Menu m : menus) {
            n += m.getItems().stream().filter(i -> i.getAccelerator() != null).count();
        }
        return n;
    }
}
