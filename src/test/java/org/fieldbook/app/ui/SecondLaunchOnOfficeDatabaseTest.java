package org.fieldbook.app.ui;

import static org.fieldbook.app.ui.WindowWaits.present;
import static org.fieldbook.app.ui.WindowWaits.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import org.fieldbook.PgTestServer;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.app.cli.FieldbookCommand;
import org.fieldbook.store.Dialect;
import org.fieldbook.store.PgLocation;
import org.fieldbook.store.Role;
import org.fieldbook.sync.Cancellation;
import org.fieldbook.sync.Progress;
import org.fieldbook.sync.exports.ExportRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The office database is not locked, so a second launch used to open a second full window on it. Now, as for a
 * workspace folder, a launch for the database a window of this program shows (a double-clicked bundle, or the program
 * started again) hands its request to that window, whether the window was started on the database ({@code --db}) or
 * switched to it with File ▸ Open workspace…; a launch for another workspace, or with another own folder, opens its own.
 * The real application runs here (as {@link FirstStartTest} starts it), with a real PostgreSQL server.
 */
@org.junit.jupiter.api.Timeout(value = 3, unit = TimeUnit.MINUTES,
        threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
class SecondLaunchOnOfficeDatabaseTest extends FxRobot {
    @TempDir
    Path dir;

    private FieldbookApp app;
    private Thread.UncaughtExceptionHandler previousHandler;

    private void launch(String... args) throws Exception {
        previousHandler = Thread.getDefaultUncaughtExceptionHandler();
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(() -> Platform.setImplicitExit(false)).get(10, TimeUnit.SECONDS);
        FxToolkit.cleanupStages();
        FieldbookApp.prepare(FieldbookCommand.parseLaunch(args));
        app = (FieldbookApp) FxToolkit.setupApplication(FieldbookApp.class);
        waitFor("the main window", () -> app.window() != null && present(this, "#whoLabel"));
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            WaitForAsyncUtils.asyncFx(() -> Platform.setImplicitExit(false)).get(10, TimeUnit.SECONDS);
            FxToolkit.cleanupApplication(app); // stop(): the channel, the window and the workspace closed
        }
        FxToolkit.cleanupStages();
        Thread.setDefaultUncaughtExceptionHandler(previousHandler);
    }

    /** A bundle of one visit, exported by an expert's laptop. */
    private Path bundle() {
        Path bundle = dir.resolve("oslo.fbz");
        try (Services expert = Services.open(dir.resolve("expert"))) {
            expert.store().setIdentity("Ana", Role.EXPERT);
            var v = TestWorkspace.visit(expert, "Oslo");
            expert.sync().export(new ExportRequest(v.id(), false, null, bundle), Progress.NONE, new Cancellation());
        }
        return bundle;
    }

    /** The import preview the window shows for a bundle: its question, then declined. */
    private void previewShownThenDeclined() {
        try {
            waitFor("the import preview in the open window", () -> present(this, ".dialog-pane")
                    && lookup(".dialog-pane").<DialogPane>query().getContentText() != null
                    && lookup(".dialog-pane").<DialogPane>query().getContentText().contains(" new, "));
        } catch (AssertionError e) {
            throw new AssertionError("shown: " + (present(this, ".dialog-pane") ? lookup(".dialog-pane").<DialogPane>query().getContentText()
                    : "no dialog") + "; inbox: " + present(this, "#inbox") + "; status: " + lookup(".label").queryAll().stream()
                    .map(n -> ((javafx.scene.control.Label) n).getText()).filter(t -> t != null && !t.isBlank()).toList(), e);
        }
        DialogPane pane = lookup(".dialog-pane").query();
        assertEquals("Import this bundle?", ((javafx.stage.Stage) pane.getScene().getWindow()).getTitle());
        interact(() -> pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE)
                .findFirst().map(pane::lookupButton).map(javafx.scene.control.Button.class::cast).ifPresent(b -> b.fire()));
        waitFor("preview closed", () -> !present(this, ".dialog-pane"));
    }

    @Test
    void aLaunchForTheDatabaseTheWindowWasStartedOnHandsItsBundleOver() throws Exception {
        PgLocation db = PgTestServer.newDatabase();
        Path own = dir.resolve("program");
        TestWorkspace.officeStaff(db, own, "Olga Office").close();
        Path bundle = bundle();
        launch("--data", own.toString(), "--db", db.toString());
        assertEquals(Dialect.POSTGRESQL, app.window().services().store().db().dialect());
        MainWindow first = app.window();

        // the double-clicked bundle: `fieldbook --data OWN --db ADDRESS oslo.fbz`, as the file association passes it
        FieldbookApp.Launch second = FieldbookCommand.parseLaunch("--data", own.toString(), "--db", db.toString(), bundle.toString());
        assertTrue(SecondLaunches.handedOver(second), "the window on the database takes the bundle");
        previewShownThenDeclined();
        assertTrue(first == app.window(), "no other window was built");
        // started again with nothing: the window comes forward; the address may be spelt another way
        assertTrue(SecondLaunches.handedOver(FieldbookCommand.parseLaunch("--data", own.toString(), "--db", db.toString())));
        String spelt = "postgres://" + db.user() + "@" + db.host() + ":" + db.port() + "/" + db.database();
        assertTrue(SecondLaunches.handedOver(FieldbookCommand.parseLaunch("--data", own.toString(), "--db", spelt)), spelt);

        // another database, or another own folder (a second window on purpose): not handed over
        PgLocation other = PgTestServer.newDatabase();
        assertFalse(SecondLaunches.handedOver(FieldbookCommand.parseLaunch("--data", own.toString(), "--db", other.toString(),
                bundle.toString())), "another database opens its own window");
        assertFalse(SecondLaunches.handedOver(FieldbookCommand.parseLaunch("--data", dir.resolve("second").toString(), "--db",
                db.toString(), bundle.toString())), "another own folder opens its own window");
        assertFalse(SecondLaunches.handedOver(FieldbookCommand.parseLaunch("--data", own.toString(), bundle.toString())),
                "a workspace folder is never asked first (its lock tells)");
        // the program folder may hold a workspace of its own: the window on the database does not take its channel file
        assertFalse(Files.exists(own.resolve("fieldbook.instance")));
    }

    @Test
    void afterSwitchingToTheDatabaseTheNextLaunchHandsItsBundleOver() throws Exception {
        Path ws = dir.resolve("ws");
        try (Services s = Services.open(ws)) {
            s.store().setIdentity("Olga Office", Role.OFFICE);
        }
        PgLocation db = PgTestServer.newDatabase();
        Path own = dir.resolve("program");
        Path memory = dir.resolve("last-workspace.txt");
        Path bundle = bundle();
        launch("--data", ws.toString());
        assertTrue(Files.exists(ws.resolve("fieldbook.instance")), "the window on the folder listens");
        assertFalse(SecondLaunches.handedOver(FieldbookCommand.parseLaunch("--data", own.toString(), "--db", db.toString())),
                "no window on the database yet");

        // File ▸ Open workspace… postgresql://…, remembered for the next start
        interact(() -> app.window().setWorkspaces(new Workspaces(memory, own)));
        MainWindow first = app.window();
        interact(() -> first.switchWorkspace(db.toString()));
        waitFor("the window on the database", () -> app.window() != first
                && app.window().services().store().db().dialect() == Dialect.POSTGRESQL);
        waitFor("remembered", () -> Files.exists(memory));
        waitFor("the folder's channel closed", () -> !Files.exists(ws.resolve("fieldbook.instance")));

        // the double-clicked bundle: no --data or --db, so the workspace remembered (the database), as the file association starts it
        FieldbookApp.Launch second = FieldbookCommand.parseLaunch(new Workspaces(memory, own), Map.of(), bundle.toString());
        assertEquals(db.toString(), second.database());
        assertTrue(SecondLaunches.handedOver(second), "the window switched to the database takes the bundle");
        previewShownThenDeclined();
        assertTrue(SecondLaunches.handedOver(FieldbookCommand.parseLaunch(new Workspaces(memory, own), Map.of())),
                "started again with nothing: the window comes forward");
        assertEquals(List.of(), Files.list(own).filter(f -> f.getFileName().toString().equals("fieldbook.instance")).toList());
    }
}
