package org.fieldbook.app.ui;

import static org.fieldbook.app.ui.WindowWaits.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

import java.lang.management.ManagementFactory;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.index.IndexDemo;
import org.fieldbook.visit.Visit;
import org.fieldbook.app.ui.VisitView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening visit after visit, each with its verification and profile tabs shown, leaves nothing behind: no thread
 * (every view's work runs on the window's one runner, and the visit screen closes the tabs it built when it is
 * replaced), and no view model stays reachable once its screen is gone.
 */
@WindowTest
class VisitSwitchLeakTest {
    private static final int VISITS = 50;

    @WindowTest.Inject private Services services;
    @WindowTest.Inject private MainWindow window;

    private static void forgetTestFxEvents() {
        try {
            java.lang.reflect.Field f = org.testfx.api.FxToolkitContext.class.getDeclaredField("firedEvents");
            f.setAccessible(true);
            ((org.testfx.service.support.FiredEvents) f.get(org.testfx.api.FxToolkit.toolkitContext())).clearEvents();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("TestFX's event log could not be cleared", e);
        }
    }

    private static int liveThreads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    /** Opens the visit and shows its verification and profile tabs, waiting until both have loaded. */
    private VisitView open(FxRobot robot, String visitId) {
        robot.interact(() -> window.reloadVisits(visitId));
        waitFor("visit " + visitId + " shown", () -> window.currentVisit() != null && window.currentVisit().visitId().equals(visitId)
                && window.currentVisit().data() != null);
        VisitView view = window.currentVisit();
        robot.interact(() -> view.showTab(4));
        robot.interact(() -> view.showTab(5));
        WaitForAsyncUtils.waitForFxEvents();
        return view;
    }

    @Test
    void fiftyVisitsOneAfterAnotherKeepTheLiveThreadCountFlat(FxRobot robot) throws Exception {
        Visit a = TestWorkspace.visit(services, "Alphaville");
        Visit b = TestWorkspace.visit(services, "Betaville");
        IndexDemo.populate(services.index(), services.notes(), a.id());
        // warm up: the window's own threads, the first tabs, JavaFX's and the database's threads
        for (int i = 0; i < 4; i++) {
            open(robot, i % 2 == 0 ? a.id() : b.id());
        }
        Thread.sleep(300);
        int before = liveThreads();
        List<WeakReference<Object>> viewModels = new ArrayList<>();
        for (int i = 0; i < VISITS; i++) {
            VisitView view = open(robot, i % 2 == 0 ? a.id() : b.id());
            List<Object> held = view.viewModels();
            assertEquals(3, held.size(), "the note editor's, the verification's and the profile's view models");
            held.forEach(vm -> viewModels.add(new WeakReference<>(vm)));
        }
        robot.interact(() -> { });
        Thread.sleep(300);
        int after = liveThreads();
        System.out.println("VisitSwitchLeakTest: live threads " + before + " -> " + after + " over " + VISITS + " visits");
        assertTrue(after - before <= 3, "live threads after " + VISITS + " visits: " + before + " -> " + after);
        // only the screen shown now keeps its view models: the 49 replaced ones are unreachable
        // TestFX keeps every event it saw fired (their targets are old screens' controls): not the program's doing
        robot.interact(VisitSwitchLeakTest::forgetTestFxEvents);
        long reachable = 0;
        for (int round = 0; round < 20; round++) {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
            reachable = viewModels.stream().filter(r -> r.get() != null).count();
            if (reachable <= 3) {
                break;
            }
            Thread.sleep(200);
        }
        String which = viewModels.stream().map(WeakReference::get).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.groupingBy(o -> o.getClass().getSimpleName(),
                        java.util.stream.Collectors.counting())).toString();
        System.out.println("VisitSwitchLeakTest: view models reachable " + reachable + " of " + viewModels.size());
        assertTrue(reachable <= 3, "view models still reachable after " + VISITS + " visits: " + reachable
                + " of " + viewModels.size() + " (only the last screen's 3 should be): " + which);
    }
}
