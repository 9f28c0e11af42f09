package org.fieldbook.app.ui;

import static org.fieldbook.app.ui.WindowWaits.showVisit;
import static org.fieldbook.app.ui.WindowWaits.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.stakeholder.Stakeholder;
import org.fieldbook.stakeholder.StakeholderCategory;
import org.fieldbook.support.ExportFolder;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The personal-data access document (issue 11): saved from the export folder (which remembers the folder chosen) and
 * ends with "NAME enregistré dans FOLDER" with Open and Show in folder.
 */
@WindowTest(french = true)
class PersonExportSavedFileTest {
    @WindowTest.Inject private Services services;
    @WindowTest.Inject private MainWindow window;
    @WindowTest.Inject private Path workspace;

    @Test
    void theAccessDocumentSaysWhereItIs(FxRobot robot) throws Exception {
        Visit v = TestWorkspace.visit(services, "Strasbourg");
        services.stakeholders().create(new Stakeholder(null, v.cityId(), "Hélène Weiss", "Conseil", "Chair",
                StakeholderCategory.CIVIL_SOCIETY, "helene.weiss@example.org", "+33 1 23 45 67 89", false));
        Path out = Files.createDirectories(workspace.resolveSibling("access-" + System.nanoTime()));
        Path before = new ExportFolder(services.store().meta()).get();
        List<Path> starts = new ArrayList<>();
        robot.interact(() -> window.context().exports().setChooser((owner, title, start, name, filter, ext) -> {
            starts.add(start);
            return out.resolve("weiss");
        }));
        showVisit(robot, window, v.id(), "visit shown");
        robot.interact(() -> robot.lookup("#visitTabs").<TabPane>query().getSelectionModel().select(3));
        TableView<Stakeholder> table = robot.lookup("#stakeholderTable").query();
        waitFor("directory", () -> table.getItems().size() == 1);
        assertTrue(robot.lookup("#savedFile").tryQuery().map(n -> !n.isVisible()).orElse(true), "nothing said before");

        robot.clickOn(robot.lookup(".table-row-cell").<TableRow<?>>queryAll().iterator().next());
        robot.clickOn("#stakeholderPersonalData");
        robot.clickOn("Exporter les données personnelles…");
        Path docx = out.resolve("weiss.docx");
        waitFor("saved", () -> robot.lookup("#savedFileWhere").tryQuery().map(n -> ((Label) n).getText()).orElse("")
                .equals("weiss.docx enregistré dans " + out.toAbsolutePath()));
        assertTrue(robot.lookup("#savedFile").query().isVisible());
        assertTrue(Files.size(docx) > 0, "the readable document");
        assertTrue(Files.readString(out.resolve("weiss.json")).contains("Hélène Weiss"), "the JSON beside it");
        assertEquals(before, starts.get(0),
                "the save dialog opened in the export folder");
        assertEquals(out, new ExportFolder(services.store().meta()).get(), "the folder chosen is remembered");
        assertTrue(robot.lookup("#savedFileOpen").tryQuery().isPresent() && robot.lookup("#savedFileShow").tryQuery().isPresent());
    }
}
