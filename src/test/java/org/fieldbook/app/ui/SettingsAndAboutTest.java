package org.fieldbook.app.ui;

import org.fieldbook.support.ui.Theme;
import static org.fieldbook.app.ui.WindowWaits.present;
import static org.fieldbook.app.ui.WindowWaits.keys;
import static org.fieldbook.app.ui.WindowWaits.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.fieldbook.app.Services;
import org.fieldbook.support.AboutInfo;
import org.fieldbook.support.DependencyLicence;
import org.fieldbook.support.SettingsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Settings (the dark theme switches live, is kept on Save and put back on Escape) and the About dialog. */
@WindowTest
class SettingsAndAboutTest {
    @WindowTest.Inject private Services services;
    @WindowTest.Inject private MainWindow window;

    /** Puts the light theme back before the window is closed (by the extension, after this). */
    @AfterEach
    void lightAgain() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Theme.use(org.fieldbook.support.Theme.LIGHT)).get(10, TimeUnit.SECONDS);
    }

    private static boolean dark() {
        return Application.getUserAgentStylesheet().contains("dark");
    }

    private org.fieldbook.support.Theme savedTheme() {
        return new SettingsStore(services.store().meta()).load().theme();
    }

    @Test
    void darkThemeSwitchesLiveIsKeptOnSaveAndPutBackOnEscape(FxRobot robot) {
        waitFor("empty start screen", () -> present(robot, "#emptyState"));
        assertFalse(dark());

        keys(robot, KeyCode.CONTROL, KeyCode.COMMA);
        waitFor("settings", () -> present(robot, "#settingsTheme"));
        robot.interact(() -> robot.lookup("#settingsTheme").<ComboBox<org.fieldbook.support.Theme>>query()
                .setValue(org.fieldbook.support.Theme.DARK));
        assertTrue(dark(), "the theme changes while the dialog is open");
        keys(robot, KeyCode.ESCAPE);
        waitFor("settings closed", () -> !present(robot, "#settingsTheme"));
        assertFalse(dark(), "Escape puts the light theme back");
        assertEquals(org.fieldbook.support.Theme.LIGHT, savedTheme());

        keys(robot, KeyCode.CONTROL, KeyCode.COMMA);
        waitFor("settings again", () -> present(robot, "#settingsTheme"));
        robot.interact(() -> robot.lookup("#settingsTheme").<ComboBox<org.fieldbook.support.Theme>>query()
                .setValue(org.fieldbook.support.Theme.DARK));
        robot.clickOn("#settingsSave");
        waitFor("dark theme saved", () -> savedTheme() == org.fieldbook.support.Theme.DARK);
        assertTrue(dark());
        // the window's own colours follow the theme: the text is light on a dark background
        Label hint = robot.lookup("#emptyState .label").query();
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.paint.Color text = (javafx.scene.paint.Color) hint.getTextFill();
        assertTrue(text.getBrightness() > 0.6, "light text in the dark theme, got " + text);
    }

    @Test
    void settingsStateTheBackupRuleWhereTheBackupsAreAndTheirSize(FxRobot robot) throws Exception {
        waitFor("empty start screen", () -> present(robot, "#emptyState"));
        java.nio.file.Path folder = services.store().workspace().backups();
        java.nio.file.Files.write(folder.resolve("pre-import-20261129-101500-000-abcdef12.db"), new byte[1_572_864]);
        robot.interact(window::showSettings);
        waitFor("settings", () -> present(robot, "#settingsBackupRule"));
        String rule = robot.lookup("#settingsBackupRule").<Label>query().getText();
        assertTrue(rule.contains("last " + org.fieldbook.sync.imports.BackupPolicy.LAST_IMPORTS + " imports")
                && rule.contains("last " + org.fieldbook.sync.imports.BackupPolicy.DAYS + " days"), rule);
        assertEquals(folder.toString(), robot.lookup("#settingsBackupFolder").<javafx.scene.control.TextField>query().getText());
        String used = robot.lookup("#settingsBackupUsed").<Label>query().getText();
        assertEquals("1 backup, 1.5 MB", used);
        keys(robot, KeyCode.ESCAPE);
        waitFor("settings closed", () -> !present(robot, "#settingsBackupRule"));
    }

    @Test
    void aboutShowsVersionWorkspaceAndEveryLibraryWithItsLicence(FxRobot robot) {
        waitFor("empty start screen", () -> present(robot, "#emptyState"));
        robot.interact(window::showAbout);
        waitFor("about dialog", () -> present(robot, "#aboutLicences"));
        AboutInfo info = AboutInfo.load();
        DialogPane pane = (DialogPane) robot.lookup("#aboutLicences").query().getScene().getRoot();
        assertTrue(pane.getHeaderText().contains(info.version()), pane.getHeaderText());
        String where = robot.lookup("#aboutWorkspace").<Label>query().getText();
        assertTrue(where.contains(services.store().workspace().folder().toString()), where);
        TableView<DependencyLicence> table = robot.lookup("#aboutLicences").query();
        List<String> names = table.getItems().stream().map(DependencyLicence::artifact).toList();
        for (String lib : List.of("sqlite-jdbc", "jackson-databind", "poi-ooxml", "openjfx:javafx", "controlsfx", "picocli", "openjdk")) {
            assertTrue(names.stream().anyMatch(n -> n.contains(lib)), lib + " missing from " + names);
        }
        assertTrue(table.getItems().stream().allMatch(d -> !d.licence().isBlank()), "every library names its licence");
        keys(robot, KeyCode.ESCAPE);
        waitFor("about closed", () -> !present(robot, "#aboutLicences"));
    }
}
