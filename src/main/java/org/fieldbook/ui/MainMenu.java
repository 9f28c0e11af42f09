package org.fieldbook.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The menu bar: every action of the window, with its keyboard shortcut shown. */
final class MainMenu {
    /** What the menu items do. */
    interface Actions {
        void newVisit();

        void loadDemo();

        void quit();

        void undo();

        void showTrash();

        void search();

        void newNote();

        void saveAndNext();

        void editVisit();
    }

    private MainMenu() {
    }

    static MenuBar build(I18n i18n, Actions a) {
        Menu file = new Menu(i18n.t("menu.file"));
        file.getItems().addAll(
                item(i18n.t("menu.newVisit"), "menuNewVisit", "Shortcut+N", a::newVisit),
                item(i18n.t("menu.editVisit"), "menuEditVisit", null, a::editVisit),
                item(i18n.t("menu.loadDemo"), "menuLoadDemo", null, a::loadDemo),
                new SeparatorMenuItem(),
                item(i18n.t("menu.quit"), "menuQuit", "Shortcut+Q", a::quit));
        Menu edit = new Menu(i18n.t("menu.edit"));
        edit.getItems().addAll(
                item(i18n.t("menu.undoDelete"), "menuUndo", "Shortcut+Z", a::undo),
                new SeparatorMenuItem(),
                item(i18n.t("menu.trash"), "menuTrash", null, a::showTrash));
        Menu go = new Menu(i18n.t("menu.go"));
        go.getItems().add(item(i18n.t("menu.search"), "menuSearch", "Shortcut+K", a::search));
        Menu note = new Menu(i18n.t("menu.note"));
        note.getItems().addAll(
                item(i18n.t("menu.newNote"), "menuNewNote", "Shortcut+Shift+N", a::newNote),
                item(i18n.t("menu.saveNext"), "menuSaveNext", "Shortcut+Enter", a::saveAndNext));
        MenuBar bar = new MenuBar(file, edit, go, note);
        bar.setId("menuBar");
        return bar;
    }

    private static MenuItem item(String text, String id, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}
