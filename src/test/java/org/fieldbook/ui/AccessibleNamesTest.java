package org.fieldbook.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a screen reader announces: on every screen of the demo visit (each tab, the trash, the inbox, four dialogs), every button
 * has a name (its text, or accessible text when it shows only an icon), and every text field and drop-down that
 * has no visible text of its own carries a prompt or accessible text.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibleNamesTest {
    @TempDir
    static Path dir;

    private Services services;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        services = TestWorkspace.open(dir.resolve("ws-" + System.nanoTime()));
        window = new MainWindow(stage, services, new I18n(Locale.FRENCH), file -> { });
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.close()).get(10, TimeUnit.SECONDS);
        services.close();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void collect(Node node, List<String> unnamed, String screen) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof ButtonBase b && blank(b.getText()) && blank(b.getAccessibleText())) {
            unnamed.add(screen + ": button " + b.getId() + " " + b.getStyleClass());
        }
        if (node instanceof TextInputControl t && !(t.getParent() instanceof ComboBoxBase<?>)
                && !isInsideComboBox(t) && blank(t.getPromptText()) && blank(t.getAccessibleText()) && !labelled(t)) {
            unnamed.add(screen + ": text field " + t.getId());
        }
        if (node instanceof ComboBoxBase<?> c && blank(c.getAccessibleText()) && blank(c.getPromptText()) && !labelled(c)) {
            unnamed.add(screen + ": drop-down " + c.getId());
        }
        if (node instanceof Parent p && !(node instanceof Labeled)) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, unnamed, screen));
        }
    }

    private static boolean isInsideComboBox(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ComboBoxBase<?> || p.getStyleClass().contains("date-picker")) {
                return true;
            }
        }
        return false;
    }

    /** A visible label points at the control (Label.labelFor), which is what screen readers read. */
    private static boolean labelled(Node control) {
        Node root = control.getScene() == null ? null : control.getScene().getRoot();
        return root != null && labelFor(root, control);
    }

    private static boolean labelFor(Node n, Node control) {
        if (n instanceof javafx.scene.control.Label l && l.getLabelFor() == control) {
            return true;
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                if (labelFor(c, control)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void everyButtonAndFieldOnEveryScreenHasAName(FxRobot robot) {
        List<String> unnamed = new ArrayList<>();
        DemoScreens.walk(robot, window, services, (screen, root) -> collect(root, unnamed, screen));
        assertTrue(unnamed.isEmpty(), "without a name for screen readers: " + unnamed);
    }
}
