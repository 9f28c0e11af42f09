package org.fieldbook.app.ui;

import static org.fieldbook.app.ui.WindowWaits.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.support.ui.I18n;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The window opens the visit last used, not the first of the list. */
@WindowTest
class ReopenLastVisitTest {
    @WindowTest.Inject private Services services;
    @WindowTest.Inject private Stage stage;
    @WindowTest.Inject private MainWindow window;
    private Visit a;
    private Visit b;

    /** Two visits before the window first opens. */
    @WindowTest.BeforeWindow
    void seed() {
        a = TestWorkspace.visit(services, "Strasbourg");
        b = TestWorkspace.visit(services, "Lyon");
    }

    @Test
    void theVisitLastUsedComesBack(FxRobot robot) throws Exception {
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
