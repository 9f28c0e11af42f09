package org.fieldbook.app.ui;

import org.fieldbook.support.ui.I18n;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar: every action of the window, each with a keyboard shortcut (shown in the menu and in the F1
 * sheet, which is generated from this bar) or at least a mnemonic (the underlined letter, Alt+letter).
 */
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

        void deleteVisit();

        void exportBundle();

        void importBundle();

        void showInbox();

        void showSettings();

        void showAbout();

        void showShortcuts();

        void showTab(int index);

        void showComparison();

        /** Puts the focus in the sidebar's search field. */
        void findVisit();

        /** Opens another workspace (a folder or the office's database) in this window. */
        void openWorkspace();
    }

    private static final java.util.List<String> TABS = java.util.List.of("tab.overview", "tab.programme", "tab.notes", "tab.stakeholders",
            "tab.verification", "tab.profile", "tab.review");

    private MainMenu() {
    }

    static MenuBar build(I18n i18n, Actions a) {
        Menu file = menu(i18n.t("menu.file"), "menuFileMenu");
        file.getItems().addAll(
                item(i18n.t("menu.newVisit"), "menuNewVisit", "Shortcut+N", a::newVisit),
                item(i18n.t("menu.editVisit"), "menuEditVisit", "Shortcut+Shift+E", a::editVisit),
                item(i18n.t("menu.deleteVisit"), "menuDeleteVisit", null, a::deleteVisit),
                item(i18n.t("menu.loadDemo"), "menuLoadDemo", null, a::loadDemo),
                new SeparatorMenuItem(),
                item(i18n.t("menu.openWorkspace"), "menuOpenWorkspace", "Shortcut+O", a::openWorkspace),
                new SeparatorMenuItem(),
                item(i18n.t("menu.exportBundle"), "menuExport", "Shortcut+E", a::exportBundle),
                item(i18n.t("menu.importBundle"), "menuImport", "Shortcut+I", a::importBundle),
                item(i18n.t("menu.inbox"), "menuInbox", "Shortcut+Shift+I", a::showInbox),
                new SeparatorMenuItem(),
                item(i18n.t("menu.settings"), "menuSettings", "Shortcut+Comma", a::showSettings),
                item(i18n.t("menu.quit"), "menuQuit", "Shortcut+Q", a::quit));
        Menu edit = menu(i18n.t("menu.edit"), "menuEditMenu");
        edit.getItems().addAll(
                item(i18n.t("menu.undoDelete"), "menuUndo", "Shortcut+Z", a::undo),
                new SeparatorMenuItem(),
                item(i18n.t("menu.trash"), "menuTrash", "Shortcut+Shift+T", a::showTrash));
        Menu go = menu(i18n.t("menu.go"), "menuGoMenu");
        go.getItems().addAll(item(i18n.t("menu.search"), "menuSearch", "Shortcut+K", a::search),
                item(i18n.t("menu.compare"), "menuCompare", "Shortcut+Shift+C", a::showComparison),
                item(i18n.t("menu.findVisit"), "menuFindVisit", "Shortcut+Shift+F", a::findVisit), new SeparatorMenuItem());
        for (int i = 0; i < TABS.size(); i++) {
            int index = i;
            go.getItems().add(item(i18n.t(TABS.get(i)), "menuTab" + (i + 1), "Shortcut+" + (i + 1), () -> a.showTab(index)));
        }
        Menu note = menu(i18n.t("menu.note"), "menuNoteMenu");
        note.getItems().addAll(
                item(i18n.t("menu.newNote"), "menuNewNote", "Shortcut+Shift+N", a::newNote),
                item(i18n.t("menu.saveNext"), "menuSaveNext", "Shortcut+Enter", a::saveAndNext));
        Menu help = menu(i18n.t("menu.help"), "menuHelpMenu");
        help.getItems().addAll(
                item(i18n.t("menu.shortcuts"), "menuShortcuts", "F1", a::showShortcuts),
                item(i18n.t("menu.about"), "menuAbout", null, a::showAbout));
        MenuBar bar = new MenuBar(file, edit, go, note, help);
        bar.setId("menuBar");
        return bar;
    }

    private static Menu menu(String text, String id) {
        Menu m = new Menu(text);
        m.setId(id);
        m.setMnemonicParsing(true);
        return m;
    }

    private static MenuItem item(String text, String id, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setMnemonicParsing(true);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}
