package org.fieldbook.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.fieldbook.TestEngine;
import org.fieldbook.app.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The window-test extension: a French window shown on TestFX's stage, a fresh workspace each test, deleted after it. */
@WindowTest(french = true)
class WindowTestExtensionTest {
    private static Path previousFolder;

    @WindowTest.Inject private MainWindow window;
    @WindowTest.Inject private Services services;
    @WindowTest.Inject private Path folder;
    @WindowTest.Inject private Stage stage;

    @Test
    void theWindowIsShownInFrenchOnTheWorkspaceGiven() {
        assertNotNull(window);
        assertTrue(stage.isShowing(), "the stage is shown");
        assertSame(stage, window.stage());
        MenuBar bar = (MenuBar) stage.getScene().lookup("#menuBar");
        assertEquals("_Fichier", bar.getMenus().get(0).getText(), "the window speaks French when asked");
        if (!TestEngine.postgres()) {
            assertTrue(Files.exists(folder.resolve("fieldbook.db")), "the services' database is in the folder given: " + folder);
        }
        assertTrue(services.visits().summaries().isEmpty(), "a fresh workspace");
        remember();
    }

    @Test
    void eachTestHasAWorkspaceOfItsOwn() {
        assertTrue(services.visits().summaries().isEmpty(), "a fresh workspace");
        remember();
    }

    private void remember() {
        if (previousFolder != null) {
            assertTrue(!folder.equals(previousFolder), "a new folder");
            assertTrue(Files.notExists(previousFolder), "the last test's folder was deleted after it closed");
        }
        previousFolder = folder;
    }

    @AfterAll
    static void lastFolderDeleted() {
        assertTrue(previousFolder != null && Files.notExists(previousFolder), "the folder is deleted after the test");
    }
}
