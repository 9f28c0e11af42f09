package org.fieldbook.app.ui;

import static org.fieldbook.app.ui.WindowWaits.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.support.ui.I18n;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window opens the visit last used, not the first of the list. */
@ExtendWith(ApplicationExtension.class)
class ReopenLastVisitTest {
    @TempDir
    static Path dir;

    private Services services;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = TestWorkspace.open(dir.resolve("ws-" + System.nanoTime()));
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.close()).get(10, TimeUnit.SECONDS);
        services.close();
    }

    @Test
    void theVisitLastUsedComesBack(FxRobot robot) throws Exception {
        Visit a = TestWorkspace.visit(services, "Strasbourg");
        Visit b = TestWorkspace.visit(services, "Lyon");
        robot.interact(() -> {
            window = new MainWindow(stage, services, new I18n(Locale.ENGLISH), file -> { });
            stage.show();
        });
        waitFor("a visit shown", () -> window.currentVisit() != null);
        String first = window.currentVisit().visitId();
        String other = first.equals(a.id()) ? b.id() : a.id();
        robot.interact(() -> window.openVisit(other));
        waitFor("the other visit remembered", () -> services.store().meta().get(MainWindow.LAST_VISIT).orElse("").equals(other));

        // the window closes; the next start opens the visit last used
        WaitForAsyncUtils.asyncFx(() -> window.close()).get(10, TimeUnit.SECONDS);
        robot.interact(() -> window = new MainWindow(stage, services, new I18n(Locale.ENGLISH), file -> { }));
        waitFor("a visit shown again", () -> window.currentVisit() != null);
        assertEquals(other, window.currentVisit().visitId());
    }
}
