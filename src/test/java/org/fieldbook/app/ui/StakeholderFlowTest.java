package org.fieldbook.app.ui;

import static org.fieldbook.app.ui.WindowWaits.present;
import static org.fieldbook.app.ui.WindowWaits.showVisit;
import static org.fieldbook.app.ui.WindowWaits.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.stakeholder.Stakeholder;
import org.fieldbook.stakeholder.StakeholderCategory;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The stakeholder directory: add through the dialog, find by search, delete and undo with Ctrl+Z. */
@WindowTest
class StakeholderFlowTest {
    @WindowTest.Inject private Services services;
    @WindowTest.Inject private MainWindow window;

    @Test
    void addFindDeleteUndo(FxRobot robot) {
        Visit v = TestWorkspace.visit(services, "Strasbourg");
        showVisit(robot, window, v.id(), "visit shown");
        robot.interact(() -> robot.lookup("#visitTabs").<TabPane>query().getSelectionModel().select(3));
        robot.clickOn("#stakeholderAdd");
        waitFor("stakeholder dialog", () -> present(robot, "#stakeholderPerson"));
        robot.clickOn("#stakeholderSave");
        waitFor("name required", () -> present(robot, "#personError"));
        robot.clickOn("#stakeholderPerson").write("Hélène Weiss");
        robot.clickOn("#stakeholderOrganisation").write("Conseil des résidents étrangers");
        robot.clickOn("#stakeholderConsent");
        robot.clickOn("#stakeholderSave");
        waitFor("stakeholder saved", () -> services.stakeholders().forCity(v.cityId()).size() == 1);
        Stakeholder s = services.stakeholders().forCity(v.cityId()).get(0);
        assertEquals("Hélène Weiss", s.person());
        assertTrue(s.namedConsent());
        assertEquals(StakeholderCategory.OTHER, s.category());
        Stakeholder paul = services.stakeholders().create(new Stakeholder(null, v.cityId(), "Paul Roth", "", "", StakeholderCategory.MEDIA, "", "", false));

        // Accents folded: "helene" finds Hélène; Enter selects her in the directory.
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitFor("search", () -> present(robot, "#searchField"));
        robot.clickOn("#searchField").write("helene");
        waitFor("hit", () -> robot.lookup("#searchResults").queryListView().getItems().size() == 1);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        TableView<Stakeholder> table = robot.lookup("#stakeholderTable").query();
        waitFor("selected in the table", () -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().id().equals(s.id()));

        robot.clickOn("#stakeholderDelete");
        waitFor("deleted", () -> services.stakeholders().forCity(v.cityId()).size() == 1);
        // the one selected (Hélène) went, not the other one
        assertEquals(List.of(paul.id()), ids(services.stakeholders().forCity(v.cityId())));
        waitFor("gone from the table", () -> ids(table.getItems()).equals(List.of(paul.id())));
        robot.clickOn("#stakeholderTable");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor("restored by Ctrl+Z", () -> services.stakeholders().forCity(v.cityId()).size() == 2);
        waitFor("back in the table", () -> table.getItems().stream().anyMatch(x -> x.id().equals(s.id())));
        assertEquals(Set.of(s.id(), paul.id()), Set.copyOf(ids(services.stakeholders().forCity(v.cityId()))));
        assertEquals("Hélène Weiss", services.stakeholders().forCity(v.cityId()).stream()
                .filter(x -> x.id().equals(s.id())).findFirst().orElseThrow().person());
    }

    private static List<String> ids(List<Stakeholder> list) {
        return list.stream().map(Stakeholder::id).toList();
    }
}
