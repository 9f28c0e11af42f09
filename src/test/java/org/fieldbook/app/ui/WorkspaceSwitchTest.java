package org.fieldbook.app.ui;

import static org.fieldbook.app.ui.WindowWaits.notice;
import static org.fieldbook.app.ui.WindowWaits.present;
import static org.fieldbook.app.ui.WindowWaits.showVisit;
import static org.fieldbook.app.ui.WindowWaits.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.app.cli.FieldbookCommand;
import org.fieldbook.note.Note;
import org.fieldbook.store.Role;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Issue 14 item 1, in the window: File ▸ Open workspace… switches to another folder; the current workspace is closed
 * cleanly (what was being typed is saved first), the choice is remembered for the next start, and a wrong or locked
 * workspace is said in words while the one open stays open.
 */
@WindowTest
class WorkspaceSwitchTest {
    @WindowTest.Inject private Services services;
    @WindowTest.Inject private MainWindow window;
    @WindowTest.Inject private Path folder;

    @Test
    void switchesToAnotherFolderAndRemembersIt(FxRobot robot) throws Exception {
        Path other = folder.resolveSibling("other");
        try (Services b = Services.open(other)) {
            b.store().setIdentity("Test Expert", Role.EXPERT);
            TestWorkspace.visit(b, "Bergen");
        }
        Path memory = folder.resolveSibling("last-workspace.txt");
        robot.interact(() -> window.setWorkspaces(new Workspaces(memory, folder.resolveSibling("own"))));
        Note n = WindowWaits.openWelcomeDeskNote(robot, window, services).note();
        AtomicReference<MainWindow> replaced = new AtomicReference<>();
        robot.interact(() -> window.onReplaced(replaced::set));
        MainWindow first = window;

        // a folder that does not exist: said in words, nothing replaced, the workspace stays usable
        robot.interact(() -> first.switchWorkspace(folder.resolveSibling("no-such-folder").toString()));
        waitFor("refusal", () -> notice(robot).contains("there is no folder"));
        assertTrue(notice(robot).contains("stays open"), notice(robot));
        assertNull(replaced.get());
        assertTrue(Files.notExists(folder.resolveSibling("no-such-folder")), "no empty workspace made by a typing mistake");
        // an address that is not a valid database address
        robot.interact(() -> first.switchWorkspace("postgresql://db.office"));
        waitFor("refusal of the address", () -> notice(robot).startsWith("Cannot open the workspace postgresql://db.office"));
        assertNull(replaced.get());
        // a folder held by another program
        Path locked = folder.resolveSibling("locked");
        try (Services held = Services.open(locked)) {
            robot.interact(() -> first.switchWorkspace(locked.toString()));
            waitFor("locked", () -> notice(robot).contains("open in another Fieldbook window"));
        }
        assertNull(replaced.get());
        assertEquals(1, services.visits().summaries().size(), "the workspace open is still readable");
        assertTrue(Files.notExists(memory), "nothing remembered from failed attempts");

        // File ▸ Open workspace…, type the other folder, with a note typed just before
        robot.interact(() -> ((TextInputControl) first.stage().getScene().getRoot().lookup("#noteText")).appendText(" and a city map"));
        robot.clickOn("#menuFileMenu");
        robot.clickOn("#menuOpenWorkspace");
        waitFor("dialog", () -> present(robot, "#workspaceAddress"));
        assertEquals(MainWindow.describe(services), robot.lookup("#workspaceCurrent").<TextField>query().getText());
        robot.interact(() -> robot.lookup("#workspaceAddress").<TextField>query().setText(other.toString()));
        robot.clickOn("#workspaceOpen");
        waitFor("reopened on the other folder", () -> replaced.get() != null);
        MainWindow second = replaced.get();
        window = second; // closed after the test by the extension
        assertEquals(other.toAbsolutePath().normalize(), second.services().store().workspace().folder());
        waitFor("its visit shown", () -> second.currentVisit() != null && second.currentVisit().data() != null
                && second.currentVisit().data().city().name().equals("Bergen"));
        waitFor("remembered", () -> Files.exists(memory));
        assertEquals(other.toAbsolutePath().normalize().toString(), Files.readString(memory).strip());
        // the next start opens it (no --data, --db or FIELDBOOK_HOME)
        Workspaces remembered = new Workspaces(memory, folder.resolveSibling("own"));
        assertEquals(other.toAbsolutePath().normalize(), FieldbookCommand.parseLaunch(remembered, Map.of()).folder());
        assertEquals(folder.toAbsolutePath().normalize(),
                FieldbookCommand.parseLaunch(remembered, Map.of(), "--data", folder.toString()).folder(), "--data still wins");

        // the first workspace was closed cleanly, with the note typed before the switch saved
        waitFor("first workspace released", () -> {
            try (Services again = Services.open(folder)) {
                return again.notes().find(n.id()).orElseThrow().text().equals("A welcome desk and a city map");
            } catch (RuntimeException lockedStill) {
                return false;
            }
        });
        robot.interact(() -> second.close());
        second.services().close();
    }

    @Test
    void switchesToTheOfficeDatabaseAndBackToAFolder(FxRobot robot) throws Exception {
        Path memory = folder.resolveSibling("last-workspace.txt");
        robot.interact(() -> window.setWorkspaces(new Workspaces(memory, folder.resolveSibling("own"))));
        AtomicReference<MainWindow> replaced = new AtomicReference<>();
        robot.interact(() -> window.onReplaced(replaced::set));
        MainWindow first = window;

        // an unreachable server: said in words, the workspace open stays open
        robot.interact(() -> first.switchWorkspace("postgresql://127.0.0.1:1/office"));
        try {
            waitFor("unreachable", () -> notice(robot).startsWith("Cannot open the workspace postgresql://")
                    && notice(robot).contains("127.0.0.1:1/office") && notice(robot).contains("does not answer"));
        } catch (AssertionError e) {
            throw new AssertionError("notice: " + notice(robot), e);
        }
        assertTrue(notice(robot).contains("stays open"), notice(robot));
        assertNull(replaced.get());

        org.fieldbook.store.PgLocation db = org.fieldbook.PgTestServer.newDatabase();
        robot.interact(() -> first.switchWorkspace(db.toString()));
        waitFor("reopened on the office database", () -> replaced.get() != null);
        MainWindow office = replaced.get();
        window = office;
        assertEquals(org.fieldbook.store.Dialect.POSTGRESQL, office.services().store().db().dialect());
        assertEquals("Test Expert", office.services().store().identity().name(), "the same person in a new workspace");
        waitFor("remembered", () -> read(memory).equals(db.toString()));
        assertTrue(!Files.readString(memory).contains("password"), "no credential written");
        Workspaces remembered = new Workspaces(memory, folder.resolveSibling("own"));
        try (Services next = FieldbookCommand.parseLaunch(remembered, Map.of()).open().get()) {
            assertEquals(org.fieldbook.store.Dialect.POSTGRESQL, next.store().db().dialect(), "the next start opens it");
        }

        // and back to the folder, once the window has let it go
        waitFor("folder released", () -> {
            try (Services again = Services.open(folder)) {
                return true;
            } catch (RuntimeException lockedStill) {
                return false;
            }
        });
        replaced.set(null);
        robot.interact(() -> office.switchWorkspace(folder.toString()));
        waitFor("back on the folder", () -> replaced.get() != null);
        MainWindow back = replaced.get();
        window = back;
        assertEquals(folder.toAbsolutePath().normalize(), back.services().store().workspace().folder());
        robot.interact(() -> back.close());
        back.services().close();
    }

    @Test
    void settingsShowTheWorkspaceAndOpenAnother(FxRobot robot) {
        robot.interact(window::showSettings);
        waitFor("settings", () -> present(robot, "#settingsWorkspace"));
        assertEquals(MainWindow.describe(services), robot.lookup("#settingsWorkspace").<TextField>query().getText());
        // the last section of Settings (it scrolls at 1366×768)
        robot.interact(() -> robot.lookup("#settingsOpenWorkspace").<javafx.scene.control.Button>query().fire());
        waitFor("the workspace dialog in its place", () -> present(robot, "#workspaceAddress") && !present(robot, "#settingsWorkspace"));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitFor("closed", () -> !present(robot, "#workspaceAddress"));
        assertEquals(folder.toAbsolutePath().normalize(), window.services().store().workspace().folder().toAbsolutePath().normalize(),
                "Cancel keeps the workspace");
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file).strip() : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
