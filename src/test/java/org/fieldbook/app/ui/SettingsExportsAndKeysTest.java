package org.fieldbook.app.ui;

import static org.fieldbook.app.ui.WindowWaits.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.fieldbook.app.Services;
import org.fieldbook.support.ExportFolder;
import org.fieldbook.support.ui.ExportFolderPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Settings an expert expects: where exports go (changeable, remembered with the workspace), how autosave works, and the
 * keys (this workspace's fingerprint to read out by phone, the office key to load).
 */
@WindowTest
class SettingsExportsAndKeysTest {
    @WindowTest.Inject private Services services;
    @WindowTest.Inject private MainWindow window;

    private static boolean present(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    @Test
    void settingsShowTheExportFolderAutosaveAndKeys(FxRobot robot) throws Exception {
        waitFor("empty start screen", () -> present(robot, "#emptyState"));
        robot.interact(window::showSettings);
        waitFor("settings", () -> present(robot, "#settingsExportFolder"));
        ExportFolder folder = new ExportFolder(services.store().meta());
        assertEquals(folder.get().toString(), robot.lookup("#settingsExportFolder").<TextField>query().getText());
        String autosave = robot.lookup("#settingsAutosave").<Label>query().getText();
        assertTrue(autosave.contains("0.6 s") && autosave.contains("1.5 s"), autosave);
        waitFor("own fingerprint", () -> !robot.lookup("#keysOwnFingerprint").<javafx.scene.control.TextInputControl>query().getText().isEmpty());
        assertEquals(services.sync().publicKey().fingerprint(), robot.lookup("#keysOwnFingerprint").<javafx.scene.control.TextInputControl>query().getText());
        assertEquals("", robot.lookup("#keysOfficeFingerprint").<javafx.scene.control.TextInputControl>query().getText());
        assertTrue(robot.lookup("#keysOfficeNone").query().isVisible(), "says no office key is loaded");

        // Change…: the folder chosen is shown and kept with the workspace
        Path chosen = Files.createDirectories(services.store().workspace().folder().resolveSibling("exports-" + System.nanoTime()));
        ExportFolderPane pane = robot.lookup("#exportFolderPane").query();
        robot.interact(() -> pane.setChooser(start -> chosen));
        robot.clickOn("#settingsExportFolderChange");
        waitFor("folder shown", () -> pane.shown().equals(chosen.toString()));
        waitFor("folder kept", () -> new ExportFolder(services.store().meta()).get().equals(chosen));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitFor("settings closed", () -> !present(robot, "#settingsExportFolder"));
    }
}
