package org.fieldbook.app.ui;

import org.fieldbook.support.ui.I18n;
import org.fieldbook.support.ui.Theme;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The F1 sheet: every keyboard shortcut of the window, read from the menu bar itself (so it cannot drift from
 * what the menus do), grouped by menu. Escape or Enter closes it.
 */
public final class ShortcutSheet extends Dialog<Void> {
    /** One line of the sheet: which menu, what it does, which keys. */
    public record Entry(String menu, String action, String keys) {
    }

    public ShortcutSheet(Window owner, I18n i18n, MenuBar menus) {
        if (owner != null) {
            initOwner(owner);
        }
        Theme.apply(getDialogPane());
        setTitle(i18n.t("shortcuts.title"));
        setHeaderText(i18n.t("shortcuts.header"));
        GridPane grid = new GridPane();
        grid.setId("shortcutSheet");
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(4, 8, 4, 8));
        ColumnConstraints action = new ColumnConstraints();
        action.setMinWidth(200);
        action.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().addAll(action, new ColumnConstraints());
        int row = 0;
        String currentMenu = null;
        for (Entry e : entries(menus)) {
            if (!e.menu().equals(currentMenu)) {
                currentMenu = e.menu();
                Label heading = new Label(currentMenu);
                heading.getStyleClass().add("title-4");
                heading.setAccessibleRole(AccessibleRole.TEXT);
                GridPane.setMargin(heading, new Insets(row == 0 ? 0 : 10, 0, 0, 0));
                grid.add(heading, 0, row++, 2, 1);
            }
            Label what = new Label(e.action());
            what.setWrapText(true);
            what.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label keys = new Label(e.keys());
            keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            keys.getStyleClass().add("shortcut-keys");
            keys.setAccessibleText(i18n.t("shortcuts.accessible", e.action(), e.keys()));
            grid.addRow(row++, what, keys);
        }
        Label more = new Label(i18n.t("shortcuts.more"));
        more.setWrapText(true);
        more.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        more.getStyleClass().add("text-muted");
        VBox box = new VBox(12, grid, more);
        box.setPrefWidth(520);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(460);
        getDialogPane().setContent(scroll);
        getDialogPane().getButtonTypes().add(new ButtonType(i18n.t("shortcuts.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    /** Every menu item that has a keyboard shortcut, in menu order. */
    public static List<Entry> entries(MenuBar menus) {
        List<Entry> out = new ArrayList<>();
        for (Menu m : menus.getMenus()) {
            collect(plain(m.getText()), m.getItems(), out);
        }
        return out;
    }

    private static void collect(String menu, List<MenuItem> items, List<Entry> out) {
        for (MenuItem item : items) {
            if (item instanceof Menu sub) {
                collect(menu, sub.getItems(), out);
            } else if (item.getAccelerator() != null && item.getText() != null) {
                out.add(new Entry(menu, plain(item.getText()), item.getAccelerator().getDisplayText()));
            }
        }
    }

    /** The text without its mnemonic marker ("_File" is shown as "File"). */
    static String plain(String text) {
        return text == null ? "" : text.replaceFirst("_(?=.)", "");
    }
}
