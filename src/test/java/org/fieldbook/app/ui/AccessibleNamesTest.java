package org.fieldbook.app.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.fieldbook.app.Services;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * What a screen reader announces: on every screen of the demo visit (each tab, the trash, the inbox, four dialogs), every button
 * has a name (its text, or accessible text when it shows only an icon), and every text field and drop-down that
 * has no visible text of its own carries a prompt or accessible text.
 */
@WindowTest(french = true)
class AccessibleNamesTest {
    @WindowTest.Inject private Services services;
    @WindowTest.Inject private MainWindow window;

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static void collect(Node node, List<String> unnamed, String screen) {
        collect(node, unnamed, screen, new ArrayList<>());
    }

    /** Walks every visible node; {@code checked} receives each control looked at (to show the walk reached it). */
    static void collect(Node node, List<String> unnamed, String screen, List<Node> checked) {
        if (node == null || !node.isVisible()) {
            return;
        }
        if (node instanceof ButtonBase || node instanceof TextInputControl || node instanceof ComboBoxBase<?>) {
            checked.add(node);
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
        if (node instanceof TitledPane tp) {
            // a TitledPane is a Labeled, but its content holds whole forms: walk the content (when shown) and graphic
            collect(tp.getGraphic(), unnamed, screen, checked);
            if (tp.isExpanded()) {
                collect(tp.getContent(), unnamed, screen, checked);
            }
        } else if (node instanceof Labeled l) {
            // a button's or label's own parts are its text and graphic; a graphic may itself hold controls
            if (l.getGraphic() instanceof Parent g) {
                collect(g, unnamed, screen, checked);
            }
        } else if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, unnamed, screen, checked));
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
        List<Node> checked = new ArrayList<>();
        DemoScreens.walk(robot, window, services, (screen, root) -> collect(root, unnamed, screen, checked));
        assertTrue(unnamed.isEmpty(), "without a name for screen readers: " + unnamed);
        // the walk reached the controls inside the profile editor's side panes (TitledPanes)
        assertTrue(checked.stream().anyMatch(n -> insideTitledPane(n)), "no control inside a TitledPane was checked");
    }

    private static boolean insideTitledPane(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof TitledPane) {
                return true;
            }
        }
        return false;
    }

    @Test
    void anUnnamedIconButtonOrFieldInsideATitledPaneIsFound(FxRobot robot) {
        List<String> unnamed = new ArrayList<>();
        robot.interact(() -> {
            Button icon = new Button();
            icon.setId("iconOnly");
            TextField field = new TextField();
            field.setId("bareField");
            TitledPane pane = new TitledPane("Side pane", new VBox(icon, field));
            new javafx.scene.Scene(new VBox(pane));
            collect(pane, unnamed, "test");
        });
        assertTrue(unnamed.stream().anyMatch(u -> u.contains("iconOnly")), unnamed.toString());
        assertTrue(unnamed.stream().anyMatch(u -> u.contains("bareField")), unnamed.toString());
    }
}
