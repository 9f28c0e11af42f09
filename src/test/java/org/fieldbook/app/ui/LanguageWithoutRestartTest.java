package org.fieldbook.app.ui;

import static org.fieldbook.app.ui.WindowWaits.present;
import static org.fieldbook.app.ui.WindowWaits.showVisit;
import static org.fieldbook.app.ui.WindowWaits.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.fieldbook.app.Services;
import org.fieldbook.note.Note;
import org.fieldbook.support.Language;
import org.fieldbook.support.SettingsStore;
import org.fieldbook.support.ui.I18n;
import org.fieldbook.visit.Meeting;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Issue 11 item 12: a language chosen in Settings applies at once. The window is built again in it on the same stage,
 * showing the same visit and tab, and what was being typed is saved first and shown after.
 */
@WindowTest
class LanguageWithoutRestartTest {
    @WindowTest.Inject private Services services;
    @WindowTest.Inject private MainWindow window;
    @WindowTest.Inject private Stage stage;

    private List<String> tabHeaders(FxRobot robot) {
        return robot.lookup("#visitTabs").<TabPane>query().getTabs().stream().map(Tab::getText).toList();
    }

    @Test
    void frenchAtOnceWithTheSameVisitTabAndTyping(FxRobot robot) throws Exception {
        WindowWaits.OpenNote open = WindowWaits.openWelcomeDeskNote(robot, window, services);
        Visit v = open.visit();
        Meeting m = open.meeting();
        Note n = open.note();
        assertEquals("Overview", tabHeaders(robot).get(0));
        int tabBefore = window.currentVisit().selectedTab();
        assertTrue(tabBefore > 0, "a tab other than the first");
        AtomicReference<MainWindow> replaced = new AtomicReference<>();
        robot.interact(() -> window.onReplaced(replaced::set));

        // Settings: French, Save: the window speaks French at once, on the same visit and tab
        robot.interact(window::showSettings);
        waitFor("settings", () -> present(robot, "#settingsLanguage"));
        assertTrue(robot.lookup("#settingsRestartHint").<javafx.scene.control.Label>query().getText().contains("at once"));
        robot.interact(() -> robot.lookup("#settingsLanguage").<ComboBox<Language>>query().setValue(Language.FRENCH));
        robot.clickOn("#settingsSave");
        waitFor("rebuilt", () -> replaced.get() != null);
        MainWindow french = replaced.get();
        window = french; // closed after the test by the extension
        assertNotSame(french.context().i18n(), null);
        assertEquals(Locale.FRENCH.getLanguage(), french.context().i18n().locale().getLanguage());
        assertEquals(Language.FRENCH, new SettingsStore(services.store().meta()).load().language(), "kept for the next start");
        assertEquals("Fichier", french.menuBar().getMenus().get(0).getText().replace("_", ""), "the menu");
        assertTrue(stage.getScene().getRoot().lookupAll(".menu-bar").contains(french.menuBar()), "the stage shows the new window");
        waitFor("same visit", () -> french.currentVisit() != null && v.id().equals(french.currentVisit().visitId()));
        assertEquals(List.of("Vue d'ensemble", "Programme", "Notes", "Interlocuteurs", "Vérification INDEX", "Profil",
                "Revue des notes"), tabHeaders(robot), "the visit's tab headers");
        assertEquals(tabBefore, french.currentVisit().selectedTab(), "the same tab as before");

        // typing just before the switch (no time for the autosave pause) is saved and shown after it
        robot.interact(() -> french.currentVisit().openNotes(m.id(), n.id()));
        waitFor("note open again", () -> n.id().equals(french.currentVisit().notesPane().model().currentIdProperty().get()));
        replaced.set(null);
        robot.interact(() -> {
            ((TextInputControl) stage.getScene().getRoot().lookup("#noteText")).appendText(" and a city map");
            french.rebuild(new I18n(Locale.ENGLISH));
        });
        assertEquals("A welcome desk and a city map", services.notes().find(n.id()).orElseThrow().text(), "saved before the switch");
        MainWindow english = replaced.get();
        window = english;
        waitFor("same visit in English", () -> english.currentVisit() != null && v.id().equals(english.currentVisit().visitId()));
        assertEquals("Notes", tabHeaders(robot).get(2));
        assertEquals("Overview", tabHeaders(robot).get(0));
        // the same note is open again, with what was typed
        try {
            // looked up in this window's scene (another test's window may hold a #noteText too)
            waitFor("shown after the switch", () -> java.util.Optional.ofNullable(stage.getScene().getRoot().lookup("#noteText"))
                    .map(t -> ((TextInputControl) t).getText()).orElse("").equals("A welcome desk and a city map"));
        } catch (AssertionError e) {
            throw new AssertionError("shown: " + java.util.Optional.ofNullable(stage.getScene().getRoot().lookup("#noteText"))
                    .map(t -> ((TextInputControl) t).getText())
                    + ", tab " + english.currentVisit().selectedTab() + ", note " + english.currentVisit().notesPane().model()
                    .currentIdProperty().get() + " (wanted " + n.id() + ")", e);
        }
    }
}
