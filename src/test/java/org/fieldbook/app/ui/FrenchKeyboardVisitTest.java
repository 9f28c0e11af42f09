package org.fieldbook.app.ui;

import static org.fieldbook.app.ui.WindowWaits.present;
import static org.fieldbook.app.ui.WindowWaits.keys;
import static org.fieldbook.app.ui.WindowWaits.focused;
import static org.fieldbook.app.ui.WindowWaits.typeInto;
import static org.fieldbook.app.ui.WindowWaits.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import org.fieldbook.app.Services;
import org.fieldbook.index.IndexDemo;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.verify.Verification;
import org.fieldbook.index.verify.VerificationStatus;
import org.fieldbook.visit.Meeting;
import org.fieldbook.visit.VisitSummary;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A whole visit in French with the keyboard alone: the visit (a population typed the French way), a meeting from
 * the programme, a note, one INDEX answer confirmed, a profile paragraph. Every step is checked in the database.
 */
@WindowTest(french = true)
class FrenchKeyboardVisitTest {
    @WindowTest.Inject private Services services;
    @WindowTest.Inject private MainWindow window;

    /** Presses Tab until {@code query} has the focus (at most {@code max} times), as a person would. */
    private static void tabTo(FxRobot robot, String query, int max) {
        for (int i = 0; i < max && !focused(robot, query); i++) {
            keys(robot, KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(focused(robot, query), "Tab never reached " + query);
    }

    @Test
    void wholeVisitInFrenchWithoutTheMouse(FxRobot robot) {
        waitFor("écran de départ", () -> present(robot, "#emptyState"));
        MenuBar menus = robot.lookup(".menu-bar").query();
        assertEquals("_Fichier", menus.getMenus().get(0).getText());
        // Alt and the underlined letter open a menu; Escape closes it
        robot.press(KeyCode.ALT, KeyCode.F).release(KeyCode.F, KeyCode.ALT);
        waitFor("Fichier menu open", () -> menus.getMenus().get(0).isShowing());
        keys(robot, KeyCode.ESCAPE);
        waitFor("menu closed", () -> !menus.getMenus().get(0).isShowing());

        // Ctrl+N: the visit, with the population typed with a French thousands space
        keys(robot, KeyCode.CONTROL, KeyCode.N);
        waitFor("visit dialog", () -> focused(robot, "#cityName"));
        typeInto(robot, "#cityName");
        robot.write("Villeclé");
        keys(robot, KeyCode.TAB);
        robot.write("Francie");
        tabTo(robot, "#population", 3);
        robot.write("182 400");
        tabTo(robot, "#foreignBornPct", 2);
        robot.write("21,4 %");
        keys(robot, KeyCode.ENTER);
        waitFor("visit saved", () -> services.visits().summaries().size() == 1);
        VisitSummary visit = services.visits().summaries().get(0);
        var city = services.cities().list().stream().filter(c -> c.name().equals("Villeclé")).findFirst().orElseThrow();
        assertEquals(182_400L, city.population());
        assertEquals(21.4, city.foreignBornPct());
        waitFor("visit shown", () -> window.currentVisit() != null && present(robot, "#visitTabs"));
        IndexDemo.populate(services.index(), services.notes(), visit.id()); // the city's answers, as the office would have imported them

        // Ctrl+2: the programme; the focus lands on "Ajouter une réunion", Space opens the dialog
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
        waitFor("add meeting focused", () -> focused(robot, "#meetingAdd"));
        keys(robot, KeyCode.SPACE);
        waitFor("meeting dialog", () -> focused(robot, "#meetingStart"));
        typeInto(robot, "#meetingStart");
        robot.write("9h30");
        tabTo(robot, "#meetingEnd", 2);
        robot.write("10h30");
        tabTo(robot, "#meetingTitle", 3);
        robot.write("Rencontre avec la maire");
        keys(robot, KeyCode.ENTER);
        waitFor("meeting saved", () -> services.meetings().forVisit(visit.id()).size() == 1);
        Meeting meeting = services.meetings().forVisit(visit.id()).get(0);
        assertEquals(LocalTime.of(9, 30), meeting.start());
        assertEquals("Rencontre avec la maire", meeting.title());

        // Ctrl+Shift+N and Ctrl+Entrée: a note
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        waitFor("note text focused", () -> robot.lookup(".text-area").queryAll().stream().anyMatch(Node::isFocused));
        typeInto(robot, "#visitTabs");
        robot.write("La médiathèque prête des livres en douze langues");
        keys(robot, KeyCode.CONTROL, KeyCode.ENTER);
        waitFor("note saved", () -> services.notes().forVisit(visit.id()).stream()
                .anyMatch(n -> n.text().equals("La médiathèque prête des livres en douze langues")));

        // Ctrl+5: INDEX verification; F8 selects the next unchecked question, Alt+2 confirms it
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT5);
        waitFor("verification shown", () -> present(robot, "#questionTable"));
        QuestionnaireDefinition def = services.index().questionnaires()
                .require(services.index().answers().questionnaireOf(visit.id()).orElseThrow());
        Map<String, Verification> before = services.index().verifications().forVisit(visit.id(), def);
        waitFor("focus inside the verification", () -> robot.lookup("#questionTable").query().getScene().getFocusOwner() != null
                && isInside(robot.lookup("#questionTable").query().getScene().getFocusOwner(), robot.lookup("#visitTabs").query()));
        keys(robot, KeyCode.F8);
        waitFor("a question selected", () -> robot.lookup("#cityAnswer").tryQuery().map(Node::isVisible).orElse(false)
                && !robot.lookup("#cityAnswer").<Label>query().getText().isEmpty());
        keys(robot, KeyCode.ALT, KeyCode.DIGIT2);
        waitFor("one more question confirmed", () -> confirmed(services.index().verifications().forVisit(visit.id(), def))
                == confirmed(before) + 1);

        // Ctrl+6: the profile; Tab reaches the editor, typing is saved
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT6);
        waitFor("profile shown", () -> present(robot, "#profileSections"));
        waitFor("a section chosen", () -> !robot.lookup("#profileEditor").queryTextInputControl().isDisabled());
        tabTo(robot, "#profileEditor", 12);
        typeInto(robot, "#profileEditor");
        robot.write("La ville accueille bien.");
        waitFor("paragraph saved", () -> services.profile().sections(visit.id()).stream()
                .anyMatch(s -> s.body().contains("La ville accueille bien.")));
    }

    private static long confirmed(Map<String, Verification> m) {
        return m.values().stream().filter(v -> v.status() == VerificationStatus.CONFIRMED).count();
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
