package org.fieldbook.support.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A view model test on the FX thread, with no window: before each test a fresh workspace holding one visit (to the city
 * {@link #city()}) and a background runner; after it (after the subclass's own {@code @AfterEach}) the runner is stopped
 * and the workspace closed.
 */
public abstract class OneVisitFxTest extends ApplicationTest {
    @TempDir
    protected Path dir;
    protected Services services;
    protected Visit visit;
    protected ExecutorService background;

    /** The city the visit goes to. */
    protected abstract String city();

    @Override
    public void start(Stage stage) {
    }

    @BeforeEach
    void openWorkspace() {
        services = TestWorkspace.open(dir);
        visit = TestWorkspace.visit(services, city());
        background = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void closeWorkspace() {
        background.shutdownNow();
        services.close();
    }

    /** Waits (up to 10 s) until {@code condition} holds, then for pending FX events. */
    protected static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
