package org.fieldbook.app.ui;

import static org.fieldbook.app.ui.WindowWaits.present;
import static org.fieldbook.app.ui.WindowWaits.showVisit;
import static org.fieldbook.app.ui.WindowWaits.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.stakeholder.Stakeholder;
import org.fieldbook.stakeholder.StakeholderCategory;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Erasing a person from the stakeholder screen: the preview asks first, Cancel keeps everything, Erase erases. */
@WindowTest
class PersonErasureFlowTest {
    @WindowTest.Inject private Services services;
    @WindowTest.Inject private MainWindow window;

    @Test
    void eraseFromTheDirectoryAfterAPreview(FxRobot robot) {
        Visit v = TestWorkspace.visit(services, "Strasbourg");
        Stakeholder s = services.stakeholders().create(new Stakeholder(null, v.cityId(), "Hélène Weiss", "Conseil", "Chair",
                StakeholderCategory.CIVIL_SOCIETY, "helene.weiss@example.org", "+33 1 23 45 67 89", false));
        showVisit(robot, window, v.id(), "visit shown");
        robot.interact(() -> robot.lookup("#visitTabs").<TabPane>query().getSelectionModel().select(3));
        TableView<Stakeholder> table = robot.lookup("#stakeholderTable").query();
        waitFor("directory", () -> table.getItems().size() == 1);

        robot.clickOn(robot.lookup(".table-row-cell").<TableRow<?>>queryAll().iterator().next());
        robot.clickOn("#stakeholderPersonalData");
        robot.clickOn("Erase personal data…");
        waitFor("preview", () -> present(robot, "#personEraseConfirm"));
        robot.clickOn(robot.lookup(".button").match(n -> n instanceof javafx.scene.control.Button b
                && b.getText().equals("Cancel")).<javafx.scene.control.Button>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Hélène Weiss", services.stakeholders().find(s.id()).orElseThrow().person(), "Cancel keeps the person");

        robot.clickOn(robot.lookup(".table-row-cell").<TableRow<?>>queryAll().iterator().next());
        robot.clickOn("#stakeholderPersonalData");
        robot.clickOn("Erase personal data…");
        waitFor("preview", () -> present(robot, "#personEraseConfirm"));
        robot.clickOn("#personEraseConfirm");
        waitFor("erased", () -> services.stakeholders().find(s.id()).orElseThrow().person().isEmpty());
        Stakeholder after = services.stakeholders().find(s.id()).orElseThrow();
        assertEquals("", after.email());
        assertEquals("", after.phone());
        waitFor("gone from the directory", () -> table.getItems().isEmpty());
        assertTrue(services.person().erasures().size() == 1);

        // the office's view of it: which workspaces have applied the erasure (this one, so far)
        robot.clickOn("#stakeholderPersonalData");
        robot.clickOn("Erasures and who has applied them…");
        waitFor("erasures shown", () -> present(robot, "#personErasuresDialog"));
        String shown = robot.lookup("#personErasuresDialog").<javafx.scene.control.DialogPane>query().getContentText();
        String me = services.person().erasures().get(0).appliedByNames().get(0);
        assertTrue(shown.contains("1 workspace has applied it (" + me + ")"), shown);
        robot.clickOn(robot.lookup(".button").match(n -> n instanceof javafx.scene.control.Button b
                && b.getText().equals("OK")).<javafx.scene.control.Button>query());
    }
}
