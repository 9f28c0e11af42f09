package org.fieldbook.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.fieldbook.support.ui.SidePanes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Side panes fold away and come back; the editor keeps half the window by default; open states and widths are remembered. */
@ExtendWith(ApplicationExtension.class)
class SidePanesTest {
    private final Map<String, String> stored = new ConcurrentHashMap<>();
    private final SidePanes.Memory memory = SidePanes.Memory.of(k -> Optional.ofNullable(stored.get(k)), stored::put);
    private final BorderPane root = new BorderPane();
    private Region editor;
    private Region list;
    private Region aside;
    private SidePanes panes;

    @Start
    void start(Stage stage) {
        // about what the visit screen gets of a 1366 px window beside the visit list
        stage.setScene(new Scene(root, 1100, 600));
        build();
        stage.show();
    }

    private void build() {
        editor = new Region();
        editor.setMinWidth(300);
        list = new Region();
        aside = new Region();
        panes = new SidePanes("test", editor, memory);
        root.setTop(new javafx.scene.layout.HBox(panes.side("list", "List", list, true, 250, true),
                panes.side("aside", "Aside", aside, false, 340, false)));
        root.setCenter(panes.node());
    }

    private SplitPane split() {
        return (SplitPane) panes.node();
    }

    @Test
    void foldsRemembersAndKeepsTheEditorWide(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, split().getItems().size(), "the aside starts folded: with it the editor would get less than half; split "
                + split().getWidth() + " of a scene " + root.getScene().getWidth());
        assertTrue(editor.getWidth() >= 550, "editor " + editor.getWidth());
        assertEquals(250, list.getWidth(), 8);

        robot.clickOn("#asideToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, split().getItems().size());
        assertEquals(340, aside.getWidth(), 8, "opens at its width");
        // the person widens it by dragging the divider
        javafx.scene.Node divider = split().lookupAll(".split-pane-divider").stream()
                .max(java.util.Comparator.comparingDouble(n -> n.localToScene(n.getLayoutBounds()).getMinX())).orElseThrow();
        robot.drag(divider).moveBy(-60, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double widened = aside.getWidth();
        assertEquals(400, widened, 12, "dragged wider");
        robot.clickOn("#listToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(split().getItems().contains(list), "the list folded away");
        assertEquals(widened, aside.getWidth(), 6, "keeps its width when another pane folds");
        Thread.sleep(900);
        assertEquals("false", stored.get("ui.test.list.open"));
        assertEquals("true", stored.get("ui.test.aside.open"));
        assertEquals(widened, Double.parseDouble(stored.get("ui.test.aside.width")), 6);

        // the next time the screen is built, it comes back as it was left
        robot.interact(this::build);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, split().getItems().size());
        assertFalse(split().getItems().contains(list));
        assertEquals(widened, aside.getWidth(), 6);
        robot.clickOn("#listToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(250, list.getWidth(), 8, "the list comes back at its width");
    }
}
