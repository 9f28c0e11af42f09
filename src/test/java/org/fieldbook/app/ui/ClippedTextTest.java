package org.fieldbook.app.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.fieldbook.app.Services;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * No clipped text: on every screen of the demo visit in French (the longer language), in a 1280 × 720 window
 * (what 1920 × 1080 at 150 % leaves), and in the dialogs a visit needs, no label, button or heading shows its text
 * cut with an ellipsis. Rows of
 * lists and tables are left out: they may shorten long notes and questions on purpose (the whole text is in the
 * detail and the tooltip).
 */
@WindowTest(french = true, width = 1280, height = 720)
class ClippedTextTest {
    @WindowTest.Inject private Services services;
    @WindowTest.Inject private MainWindow window;

    private static boolean insideCell(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof Cell<?> || p.getStyleClass().contains("column-header") || p.getStyleClass().contains("tab")) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Node node, List<String> clipped, String screen) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && !insideCell(l) && l.getText() != null && !l.getText().isBlank()) {
            String full = l.isMnemonicParsing() ? l.getText().replace("_", "") : l.getText();
            l.lookupAll(".text").stream().filter(t -> t instanceof Text && t.getParent() == l).map(t -> ((Text) t).getText())
                    .filter(shown -> !shown.replace("\n", " ").strip().equals(full.replace("\n", " ").strip())
                            && shown.endsWith("…") || shown.endsWith("..."))
                    .findFirst().ifPresent(shown -> clipped.add(screen + ": \"" + full + "\" shown as \"" + shown + "\""));
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, clipped, screen));
        }
    }

    @Test
    void nothingIsCutOnAnyScreen(FxRobot robot) {
        List<String> clipped = new ArrayList<>();
        DemoScreens.walk(robot, window, services, (screen, root) -> collect(root, clipped, screen));
        assertTrue(clipped.isEmpty(), "cut short: " + clipped);
    }
}
