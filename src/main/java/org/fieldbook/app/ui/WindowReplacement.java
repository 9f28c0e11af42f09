package org.fieldbook.app.ui;

import javafx.application.Platform;
import org.fieldbook.app.Services;
import org.fieldbook.support.Language;
import org.fieldbook.support.ui.Background;
import org.fieldbook.support.ui.I18n;
import org.fieldbook.support.ui.UiContext;

/**
 * Replaces a main window by a new one built on the same stage: in another language on the same workspace, showing the
 * same visit and tab (Settings), or on another workspace (File ▸ Open workspace…: a folder or the office database), the
 * workspace left closed once its saves are done. Who is told ({@link MainWindow.Replaced}) keeps the window shown;
 * the new window's replacement takes over the one told and where workspaces are opened from.
 */
final class WindowReplacement {
    private final MainWindow window;
    private MainWindow.Replaced onReplaced = next -> { };
    private Workspaces workspaces;

    WindowReplacement(MainWindow window) {
        this.window = window;
    }

    /** Who is told when this window (and the ones replacing it) is replaced: the application keeps the one shown. */
    void onReplaced(MainWindow.Replaced listener) {
        this.onReplaced = listener;
    }

    /** Where workspaces are opened from and the last one remembered (the person's, unless set: tests use temp folders). */
    void setWorkspaces(Workspaces workspaces) {
        this.workspaces = workspaces;
    }

    private Workspaces workspaces() {
        if (workspaces == null) {
            workspaces = Workspaces.forUser();
        }
        return workspaces;
    }

    /**
     * Builds the window again on the same stage in {@code language}, from the same workspace, showing the same visit and
     * tab. What is pending is saved first (the note being typed, the profile, every save queue), then this window closes.
     */
    MainWindow rebuild(I18n language) {
        return replaceWith(window.services(), language, true);
    }

    private MainWindow replaceWith(Services next, I18n language, boolean sameWorkspace) {
        MainWindow.Reopen reopen = window.shown(sameWorkspace);
        UiContext.FileOpener files = window.context().files();
        window.close();
        MainWindow w = new MainWindow(window.stage(), next, language, files, reopen);
        w.replacement().onReplaced = onReplaced;
        w.replacement().workspaces = workspaces;
        onReplaced.replaced(w);
        return w;
    }

    /** File ▸ Open workspace…: a folder or the office's database; the window reopens on it. */
    void openWorkspace() {
        WorkspaceDialog.ask(window.stage(), window.context().i18n(), describe(window.services())).ifPresent(this::switchWorkspace);
    }

    /** The workspace as shown to people: its folder, or the office database's address. */
    static String describe(Services s) {
        return s.store().db().dialect() == org.fieldbook.store.Dialect.POSTGRESQL ? s.store().db().url()
                : s.store().workspace().folder().toString();
    }

    /**
     * Opens the workspace at {@code text} (a folder, or {@code postgresql://HOST/DB}) and reopens the window on it,
     * remembered for the next start; this workspace is closed cleanly after its saves. A wrong address or an unreachable
     * server is said in words and this workspace stays open.
     */
    void switchWorkspace(String text) {
        UiContext ui = window.context();
        Services services = window.services();
        Workspaces.Address address;
        try {
            address = Workspaces.Address.parse(text);
        } catch (RuntimeException e) {
            ui.notifier().error(ui.t("workspace.failed", text == null ? "" : text.strip(), problem(e)));
            return;
        }
        if (address.toString().equals(describe(services))) {
            ui.notifier().info(ui.t("workspace.already", address.toString()));
            return;
        }
        ui.notifier().info(ui.t("workspace.opening", address.toString()));
        Workspaces where = workspaces();
        var identity = services.store().identity();
        Language language = Language.forLocale(ui.i18n().locale());
        Background background = window.background();
        background.call(() -> {
            Services opened = where.open(address, this::askPassword);
            try {
                var settings = new org.fieldbook.support.SettingsStore(opened.store().meta());
                if (!opened.store().identity().isSet() && identity.isSet()) {
                    // a new workspace: the same person at the same keyboard, in the language the window speaks
                    opened.store().setIdentity(identity.name(), identity.role());
                    settings.save(settings.load().withLanguage(language));
                }
                return new Opened(opened, settings.load());
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }, opened -> {
            if (window.isClosed()) {
                opened.services().close();
                return;
            }
            Services old = services;
            Background oldRunner = background;
            org.fieldbook.support.ui.Theme.use(opened.settings().theme());
            MainWindow next = replaceWith(opened.services(), new I18n(opened.settings().language().locale()), false);
            next.context().notifier().info(next.context().t("workspace.opened", address.toString()));
            // on the new window's runner: remembered for the next start, and the old workspace closed once its last
            // jobs (the saves flushed above) are done
            next.background().exec(() -> {
                where.remember(address);
                oldRunner.awaitClosed(15_000);
                old.close();
            }, () -> { });
        }, err -> ui.notifier().error(ui.t("workspace.failed", address.toString(), problem(err))));
    }

    /** Why a workspace did not open, in the window's language where Fieldbook knows the reason. */
    private String problem(Throwable err) {
        UiContext ui = window.context();
        if (err instanceof Workspaces.NoFolder none) {
            return ui.t("workspace.noFolder", none.folder().toString());
        }
        if (err instanceof org.fieldbook.store.WorkspaceLockedException) {
            return ui.t("workspace.locked");
        }
        // a coded store problem is said in the window's language (an uncoded one in its own words)
        Throwable coded = err;
        while (coded != null && !(coded instanceof org.fieldbook.base.Coded c && c.code() != null)) {
            coded = coded.getCause();
        }
        String m = (coded != null ? ui.i18n().texts().problem(coded) : MainWindow.message(err)).strip();
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }

    private record Opened(Services services, org.fieldbook.support.Settings settings) {
    }

    /** Asks for the office database's password (called off the FX thread); kept in memory only. Null: cancelled. */
    private char[] askPassword() {
        java.util.concurrent.CompletableFuture<char[]> answer = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> answer.complete(WorkspaceDialog.askPassword(window.stage(), window.context().i18n()).orElse(null)));
        try {
            return answer.get(10, java.util.concurrent.TimeUnit.MINUTES);
        } catch (Exception e) {
            return null;
        }
    }
}
