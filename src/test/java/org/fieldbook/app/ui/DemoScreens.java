package org.fieldbook.app.ui;

import static org.fieldbook.app.ui.WindowWaits.present;
import static org.fieldbook.app.ui.WindowWaits.waitFor;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.fieldbook.app.Services;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks a window through every screen a visit has, for checks that look at each one: the empty start screen, the
 * demo visit's seven tabs, the trash, the inbox, and the visit, settings, shortcut and About dialogs (each closed
 * with Escape). {@code look} gets each screen's name and root, on the FX thread, once the screen has settled.
 */
final class DemoScreens {
    private DemoScreens() {
    }

    static void walk(FxRobot robot, MainWindow window, Services services, BiConsumer<String, Parent> look) {
        waitFor("empty state", () -> present(robot, "#emptyState"));
        lookAt(robot, window.stage(), "start", look);
        robot.interact(window::loadDemo);
        waitFor("demo visit", () -> window.currentVisit() != null && window.currentVisit().data() != null
                && window.currentVisit().data().meetings().size() > 10);
        String[] tabs = {"overview", "programme", "notes", "stakeholders", "verification", "profile", "review"};
        for (int i = 0; i < tabs.length; i++) {
            int index = i;
            robot.interact(() -> window.showTab(index));
            waitFor(tabs[i], () -> robot.lookup("#visitTabs").<TabPane>query().getSelectionModel().getSelectedIndex() == index);
            WaitForAsyncUtils.sleep(1000, TimeUnit.MILLISECONDS);
            // folded side panes (at this window size the preview, evidence and scores start folded) are opened, so
            // what they hold is looked at too
            robot.interact(() -> robot.lookup(".side-pane-toggle").queryAllAs(javafx.scene.control.ToggleButton.class)
                    .forEach(t -> t.setSelected(true)));
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            lookAt(robot, window.stage(), tabs[i], look);
        }
        robot.interact(window::showTrash);
        waitFor("trash", () -> present(robot, "#trashTable"));
        lookAt(robot, window.stage(), "trash", look);
        robot.interact(window::showInbox);
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        lookAt(robot, window.stage(), "inbox", look);
        robot.interact(window::showComparison);
        waitFor("comparison", () -> present(robot, "#comparisonView"));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        lookAt(robot, window.stage(), "comparison", look);

        String visitId = services.visits().summaries().get(0).id();
        robot.interact(() -> window.reloadVisits(visitId));
        waitFor("visit shown again", () -> window.currentVisit() != null && window.currentVisit().data() != null
                && present(robot, "#visitTabs"));
        for (Runnable open : List.<Runnable>of(window::editVisit, window::showSettings, window::showShortcuts, window::showAbout)) {
            Platform.runLater(open); // not interact(): the dialog waits for an answer
            waitFor("dialog", () -> robot.listTargetWindows().stream().anyMatch(w -> w != window.stage() && w.isShowing()));
            WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
            Window dialog = robot.listTargetWindows().stream()
                    .filter(w -> w != window.stage() && w.isShowing()).findFirst().orElseThrow();
            lookAt(robot, dialog, "dialog " + ((javafx.stage.Stage) dialog).getTitle(), look);
            robot.targetWindow(dialog);
            robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
            waitFor("dialog closed", () -> !dialog.isShowing());
        }
    }

    private static void lookAt(FxRobot robot, Window w, String screen, BiConsumer<String, Parent> look) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> look.accept(screen, w.getScene().getRoot()));
    }
}
