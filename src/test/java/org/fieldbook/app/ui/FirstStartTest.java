package org.fieldbook.app.ui;

import static org.fieldbook.app.ui.WindowWaits.present;
import static org.fieldbook.app.ui.WindowWaits.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import org.fieldbook.app.Services;
import org.fieldbook.store.Role;
import org.fieldbook.support.Language;
import org.fieldbook.support.SettingsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The README's first command on an empty data folder, as the real application runs it: the workspace is created,
 * the first-start dialog asks who is working (and refuses an empty name), and the main window then opens in the
 * chosen language with the identity saved. Guards the path where JavaFX's implicit exit once closed the workspace
 * while the identity was being written.
 */
@org.junit.jupiter.api.Timeout(value = 3, unit = TimeUnit.MINUTES,
        threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
class FirstStartTest extends FxRobot {
    @TempDir
    Path dir;

    private Application app;
    private Thread.UncaughtExceptionHandler previousHandler;

    private void launch(String... extraArgs) throws Exception {
        previousHandler = Thread.getDefaultUncaughtExceptionHandler();
        FxToolkit.registerPrimaryStage();
        // windows left by earlier tests are hidden first, with implicit exit off so that hiding them keeps the toolkit
        WaitForAsyncUtils.asyncFx(() -> Platform.setImplicitExit(false)).get(10, TimeUnit.SECONDS);
        FxToolkit.cleanupStages();
        // Then as outside tests, JavaFX exits when its last window closes. Turning that on with no window open would
        // exit at once, so a bridge window stays open until the application's own (its splash) is up.
        javafx.stage.Stage bridge = WaitForAsyncUtils.asyncFx(() -> {
            javafx.stage.Stage s = new javafx.stage.Stage();
            s.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 10, 10));
            s.show();
            Platform.setImplicitExit(true);
            return s;
        }).get(10, TimeUnit.SECONDS);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--data", dir.resolve("ws").toString()));
        args.addAll(java.util.List.of(extraArgs));
        // the command line is parsed once (picocli), as `fieldbook --data … --lang …` does, and handed to the window
        FieldbookApp.prepare(org.fieldbook.app.cli.FieldbookCommand.parseLaunch(args.toArray(String[]::new)));
        app = FxToolkit.setupApplication(FieldbookApp.class);
        WaitForAsyncUtils.asyncFx(bridge::close).get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        // the application turns implicit exit back on; the other window tests in this JVM still need the toolkit
        if (app != null) {
            // with a timeout: if the toolkit has exited (the regression this test guards) there is no FX thread left
            WaitForAsyncUtils.asyncFx(() -> Platform.setImplicitExit(false)).get(10, TimeUnit.SECONDS);
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        Thread.setDefaultUncaughtExceptionHandler(previousHandler);
    }

    @Test
    void firstStartAsksWhoIsWorkingThenOpensTheWindowInTheChosenLanguage() throws Exception {
        launch();
        waitFor("first-start dialog", () -> present(this, "#identityName"));
        clickOn("#identityOk");
        waitFor("empty name refused", () -> present(this, "#nameError"));
        assertTrue(present(this, "#identityName"), "the dialog stays open until a name is given");

        clickOn("#identityName").write("Léa Martin");
        waitFor("'Required.' goes once a name is typed", () -> !present(this, "#nameError"));
        interact(() -> {
            lookup("#identityRole").<ComboBox<Role>>query().setValue(Role.OFFICE);
            lookup("#identityLanguage").<ComboBox<Language>>query().setValue(Language.FRENCH);
        });
        // fired without waiting on the FX thread: if the toolkit exits here (the regression) the wait below fails
        javafx.scene.control.Button ok = lookup("#identityOk").query();
        Platform.runLater(ok::fire);

        waitFor("main window with its empty start screen", () -> present(this, "#emptyState"));
        waitFor("name shown", () -> "Léa Martin".equals(lookup("#whoLabel").<Label>query().getText()));
        MenuBar menus = lookup(".menu-bar").query();
        assertEquals("Fichier", menus.getMenus().get(0).getText().replace("_", ""), "the window opens in French");

        clickOn("#emptyDemo");
        waitFor("demo visit loaded", () -> present(this, "#visitTabs"));

        interact(() -> Platform.setImplicitExit(false));
        FxToolkit.cleanupApplication(app); // stop(): closes the window and the workspace
        app = null;
        try (Services reopened = Services.open(dir.resolve("ws"))) {
            assertEquals("Léa Martin", reopened.store().identity().name());
            assertEquals(Role.OFFICE, reopened.store().identity().role());
            assertEquals(Language.FRENCH, new SettingsStore(reopened.store().meta()).load().language());
            assertEquals(1, reopened.visits().summaries().size(), "the demo visit was saved");
        }
    }

    @Test
    void langOnTheCommandLineIsTheLanguageProposed() throws Exception {
        launch("--lang", "fr");
        waitFor("first-start dialog", () -> present(this, "#identityName"));
        assertEquals(Language.FRENCH, lookup("#identityLanguage").<ComboBox<Language>>query().getValue());
        clickOn("#identityName").write("Jo");
        javafx.scene.control.Button ok = lookup("#identityOk").query();
        Platform.runLater(ok::fire);
        waitFor("main window", () -> present(this, "#emptyState"));
        interact(() -> Platform.setImplicitExit(false));
        FxToolkit.cleanupApplication(app);
        app = null;
        try (Services reopened = Services.open(dir.resolve("ws"))) {
            assertEquals(Language.FRENCH, new SettingsStore(reopened.store().meta()).load().language());
        }
    }
}
