package org.fieldbook.app.ui;

import org.fieldbook.support.ui.StoreChanges;
import org.fieldbook.support.ui.Background;
import org.fieldbook.support.ui.DialogButtons;
import org.fieldbook.support.ui.EmptyStateView;
import org.fieldbook.support.ui.ErrorDialog;
import org.fieldbook.support.ui.I18n;
import org.fieldbook.support.ui.Navigator;
import org.fieldbook.support.ui.NotificationBar;
import org.fieldbook.support.ui.Theme;
import org.fieldbook.support.ui.UiContext;
import org.fieldbook.support.ui.UndoStack;
import org.fieldbook.support.ui.WindowSize;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.fieldbook.app.Services;
import org.fieldbook.support.Language;
import org.fieldbook.note.NoteSaver;
import org.fieldbook.search.ui.SearchDialog;
import org.fieldbook.search.SearchHit;
import org.fieldbook.trash.ui.TrashView;
import org.fieldbook.visit.City;
import org.fieldbook.visit.ui.VisitDialog;
import org.fieldbook.visit.VisitForm;
import org.fieldbook.visit.ui.VisitSidebar;
import org.fieldbook.visit.VisitSummary;
import org.fieldbook.app.ui.VisitView;

/**
 * The main window: menu bar, the visit list on the left, the selected visit (or the trash, or the empty
 * start screen) on the right, and the notification bar at the bottom.
 */
public final class MainWindow implements Navigator, MainMenu.Actions, AutoCloseable {
    private final Stage stage;
    private final UiContext ui;
    private final Services services;
    private final Background background = new Background();
    private final ErrorDialog errors = new ErrorDialog();
    private final Background.Serial saves = background.serial("note saves");
    private final NoteSaver saver = new NoteSaver(saves);
    private final StoreChanges changes;
    private final NotificationBar notifications;
    private final VisitSidebar sidebar;
    private final StackPane content = new StackPane();
    private final EmptyStateView empty;
    private final BorderPane root = new BorderPane();
    private final InboxPlace inbox;
    private final javafx.scene.control.MenuBar menu;
    private List<VisitSummary> visits = List.of();
    private VisitView current;
    private boolean closed;

    public MainWindow(Stage stage, Services services, I18n i18n, UiContext.FileOpener files) {
        this(stage, services, i18n, files, null);
    }

    /**
     * What a rebuilt window shows again: the visit (null: the one last used), its tab (-1: the first) and, on the Notes
     * tab, the meeting (null: the whole visit) and the note open.
     */
    record Reopen(String visitId, int tab, String meetingId, String noteId) {
    }

    /** What to show once the reopened visit is built (null: nothing); FX thread only. */
    private Reopen pending;

    /**
     * {@code reopen} null: a first window, sized for the screen; else a rebuilt one on the same stage (kept as the
     * person left it) showing the same visit and tab.
     */
    MainWindow(Stage stage, Services services, I18n i18n, UiContext.FileOpener files, Reopen reopen) {
        this.stage = stage;
        this.services = services;
        Theme.install();
        UndoStack undo = new UndoStack();
        notifications = new NotificationBar(i18n, undo, background);
        changes = new StoreChanges(services.store().db());
        ui = new UiContext(i18n, background, undo, notifications, this, files, changes,
                new org.fieldbook.support.ui.Exports(new org.fieldbook.support.ExportFolder(services.store().meta()), files));
        // the visit cards' counts follow the store: one notification after each committed write, whoever wrote
        changes.listen(this::refreshSidebar);
        background.setDefaultErrorHandler(t -> notifications.error(i18n.t("error.unexpected", message(t))));
        sidebar = new VisitSidebar(i18n, this::newVisit, this::showTrash, this::showInbox, v -> showVisit(v.id()));
        inbox = new InboxPlace(ui, services);
        empty = new EmptyStateView(i18n, this::newVisit, this::loadDemo);

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("busyIndicator");
        busy.setPrefSize(16, 16);
        busy.setAccessibleText(i18n.t("a11y.busy"));
        busy.visibleProperty().bind(background.busyProperty().greaterThan(0));
        Label who = new Label(services.store().identity().isSet() ? services.store().identity().name() : "");
        who.setId("whoLabel");
        who.getStyleClass().addAll("text-muted", "text-small");
        menu = MainMenu.build(i18n, this);
        HBox.setHgrow(menu, Priority.ALWAYS);
        HBox top = new HBox(10, menu, busy, who);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("top-bar");
        root.setTop(top);
        content.setId("content");
        content.getStyleClass().add("content");
        SplitPane split = new SplitPane(sidebar, content);
        split.setDividerPositions(0.22);
        SplitPane.setResizableWithParent(sidebar, false);
        root.setCenter(split);
        root.setBottom(notifications);

        WindowSize size = WindowSize.forScreen(javafx.stage.Screen.getPrimary().getVisualBounds());
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Theme.CSS);
        // Ctrl+Z undoes the last deletion wherever the focus is, unless a text field has typing of its own to undo
        // (a text field would otherwise swallow the key and the deletion could not be undone from the keyboard).
        javafx.scene.input.KeyCombination undoKey = javafx.scene.input.KeyCombination.keyCombination("Shortcut+Z");
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (undoKey.match(e)) {
                if (scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl field && field.isUndoable()) {
                    return;
                }
                e.consume();
                undo();
            }
        });
        stage.setScene(scene);
        stage.setTitle(i18n.t("app.title"));
        if (reopen == null) {
            stage.setMinWidth(size.minWidth());
            stage.setMinHeight(size.minHeight());
            stage.setWidth(size.width());
            stage.setHeight(size.height());
            size.place(stage, javafx.stage.Screen.getPrimary().getVisualBounds());
        }
        stage.setOnCloseRequest(e -> close());
        if (reopen != null && reopen.visitId() != null) {
            pending = reopen;
        }
        reloadVisits(reopen == null ? null : reopen.visitId());
        // The retention rule runs at start-up; the person is told what it removed.
        background.call(() -> services.retention().apply(java.time.LocalDate.now(), false), r -> {
            if (r.people() > 0) {
                notifications.info(i18n.t("retention.applied", r.people(), r.years(), String.join(", ", r.cities())));
            }
        });
        if (services.store().clockLooksBehind()) {
            notifications.info(i18n.t("clock.behind", services.store().clockBehindMillis() / 60_000));
        }
    }

    public Stage stage() {
        return stage;
    }

    public UiContext context() {
        return ui;
    }

    public Background background() {
        return background;
    }

    public NoteSaver saver() {
        return saver;
    }

    public VisitView currentVisit() {
        return current;
    }

    /** Reloads the visit list; then selects {@code selectId} if given. */
    public void reloadVisits(String selectId) {
        var meta = services.store().meta();
        background.call(() -> new Listed(services.visits().summaries(), meta.get(LAST_VISIT).orElse(null)), listed -> {
            List<VisitSummary> list = listed.visits();
            visits = list;
            String keep = selectId != null ? selectId : current != null ? current.visitId() : null;
            sidebar.show(list, keep);
            if (list.isEmpty()) {
                setContent(empty, null);
            } else if (selectId != null) {
                showVisit(selectId);
            } else if (current == null && !showingTrash()) {
                // the visit last opened comes back (at start-up too), else the first of the list
                String last = listed.lastVisit();
                showVisit(list.stream().anyMatch(v -> v.id().equals(last)) ? last : list.get(0).id());
            }
        });
    }

    /** The workspace setting holding the visit last opened, reopened at the next start. */
    static final String LAST_VISIT = "ui.lastVisit";

    private record Listed(List<VisitSummary> visits, String lastVisit) {
    }

    private String rememberedVisit;

    private void rememberVisit(String id) {
        if (!id.equals(rememberedVisit)) {
            rememberedVisit = id;
            background.exec(() -> services.store().meta().put(LAST_VISIT, id), () -> { });
        }
    }

    /** Reloads the visit cards (counts, dates, status) after a write; keeps what is shown and selected. */
    private void refreshSidebar() {
        background.call(() -> services.visits().summaries(), list -> {
            if (closed) {
                return;
            }
            visits = list;
            sidebar.update(list);
        });
    }

    private boolean showingTrash() {
        return !content.getChildren().isEmpty()
                && (content.getChildren().get(0) instanceof TrashView || "inbox".equals(content.getChildren().get(0).getId()));
    }

    private void showVisit(String id) {
        if (current != null && current.visitId().equals(id) && content.getChildren().contains(current)) {
            sidebar.select(id);
            return;
        }
        VisitView view = new VisitView(ui, services, id, saver, this::editVisit);
        setContent(view, view);
        if (pending != null && pending.visitId().equals(id)) {
            if (pending.tab() == VisitView.NOTES_TAB) {
                view.openNotes(pending.meetingId(), pending.noteId());
            } else if (pending.tab() >= 0) {
                view.reopenTab(pending.tab());
            }
        }
        pending = null;
        sidebar.select(id);
        rememberVisit(id);
    }

    private void setContent(Node node, VisitView visit) {
        if (current != null && current != visit) {
            current.close();
        }
        current = visit;
        content.getChildren().setAll(node);
    }

    @Override
    public void newVisit() {
        background.call(() -> services.cities().list(), cities ->
                VisitDialog.ask(stage, ui.i18n(), cities, null, null).ifPresent(this::saveVisit));
    }

    @Override
    public void editVisit() {
        if (current == null || current.data() == null) {
            return;
        }
        var d = current.data();
        background.call(() -> services.cities().list(), cities ->
                VisitDialog.ask(stage, ui.i18n(), cities, d.visit(), d.city()).ifPresent(this::saveVisit));
    }

    /** Moves the shown visit (with its meetings and notes) to the trash after asking; Undo and the trash bring it back. */
    @Override
    public void deleteVisit() {
        if (current == null || current.data() == null) {
            return;
        }
        var d = current.data();
        String id = d.visit().id();
        long revision = d.visit().revision();
        String city = d.city().name();
        long notes = visits.stream().filter(v -> v.id().equals(id)).mapToLong(org.fieldbook.visit.VisitSummary::notes).sum();
        if (!DialogButtons.confirm(stage, ui.i18n(), ui.t("visit.delete.title"), ui.t("visit.delete.header", city),
                ui.t("visit.delete.text", d.meetings().size(), notes), ui.t("visit.delete.ok"), "visitDeleteConfirm")) {
            return;
        }
        background.exec(() -> services.visits().delete(id, revision), () -> {
            setContent(empty, null);
            reloadVisits(null);
            notifications.undoable(ui.t("visit.deleted", city), new UndoStack.Entry(city, () -> {
                services.visits().restore(id);
                Platform.runLater(() -> reloadVisits(id));
            }));
        });
    }

    private void saveVisit(VisitForm.Result r) {
        background.call(() -> services.visitService().saveVisit(r.city(), r.visit()), id -> {
            // the shown visit and the cards follow the store's change notification; a new visit is opened here
            if (current == null || !current.visitId().equals(id)) {
                reloadVisits(id);
            }
        }, err -> notifications.error(ui.t("visit.saveFailed", message(err))));
    }

    @Override
    public void loadDemo() {
        boolean onEmpty = content.getChildren().contains(empty);
        if (onEmpty) {
            empty.busy(true, ui.t("demo.working"));
        } else {
            notifications.info(ui.t("demo.working"));
        }
        background.call(() -> services.demo().generate(p -> Platform.runLater(() -> empty.progress(p))), id -> {
            empty.busy(false, null);
            notifications.info(ui.t("demo.done"));
            reloadVisits(id);
        }, err -> {
            empty.busy(false, null);
            notifications.error(ui.t("demo.failed", message(err)));
            reloadVisits(null);
        });
    }

    @Override
    public void quit() {
        close();
        Platform.exit();
    }

    @Override
    public void undo() {
        notifications.undoLast();
    }

    @Override
    public void showTrash() {
        sidebar.clearSelection();
        setContent(new TrashView(ui, services.trash(), this::afterRestore), null);
    }

    /** Ctrl+Shift+F: the focus goes to the sidebar's search field. */
    @Override
    public void findVisit() {
        sidebar.focusSearch();
    }

    /** The office comparison screen: the cities of the INDEX database by group and area. */
    @Override
    public void showComparison() {
        sidebar.clearSelection();
        org.fieldbook.index.ui.ComparisonView.Reports reports = new org.fieldbook.index.ui.ComparisonView.Reports() {
            @Override
            public long write(String visitId, java.nio.file.Path out, String language) {
                services.index().results().refreshVisits();
                return org.fieldbook.profile.report.IndexReportWriter.export(services.index().assessments().reportData(visitId), out,
                        language);
            }

            @Override
            public boolean holds(String visitId) {
                return services.visits().find(visitId).isPresent();
            }
        };
        setContent(new org.fieldbook.index.ui.ComparisonView(services.index().results(),
                id -> services.index().questionnaires().find(id).orElse(null), ui.i18n().locale().getLanguage(), background,
                reports, ui.exports()).node(), null);
    }

    @Override
    public void showInbox() {
        sidebar.clearSelection();
        setContent(inbox.node(), null);
    }

    @Override
    public void exportBundle() {
        inbox.export();
    }

    @Override
    public void importBundle() {
        showInbox();
        inbox.chooseAndImport();
    }

    /** Shows the import preview of {@code bundle} (a .fbz given on the command line or opened from the desktop). */
    public void openBundle(java.nio.file.Path bundle) {
        showInbox();
        inbox.preview(bundle);
    }

    /** What the settings dialog shows, read off the FX thread. */
    private record SettingsShown(org.fieldbook.support.Settings settings, org.fieldbook.sync.imports.BackupSummary backups,
                                 int retentionYears, java.nio.file.Path exportFolder) {
    }

    @Override
    public void showSettings() {
        var store = new org.fieldbook.support.SettingsStore(services.store().meta());
        var backups = services.sync().imports().backups();
        var retention = services.retention();
        background.call(() -> new SettingsShown(store.load(), backups.summary(), retention.years(), ui.exports().folder().get()),
                loaded -> {
                    javafx.scene.layout.VBox extra = new javafx.scene.layout.VBox(10,
                            new org.fieldbook.support.ui.ExportFolderPane(ui.i18n(), ui.exports(), background, loaded.exportFolder()),
                            new org.fieldbook.sync.ui.KeysPane(services.sync(), background,
                                    org.fieldbook.support.Texts.of(org.fieldbook.support.Texts.SYNC, ui.i18n().locale()), ui.exports()),
                            workspaceRow());
                    SettingsDialog.ask(stage, ui.i18n(), loaded.settings(), loaded.backups(), loaded.retentionYears(), extra)
                            .ifPresent(chosen -> background.exec(() -> store.save(chosen), () -> {
                                if (chosen.language().locale().getLanguage().equals(ui.i18n().locale().getLanguage())) {
                                    notifications.info(ui.t("settings.saved"));
                                } else if (!closed) {
                                    // the new language at once: the window is built again in it (saves flushed first)
                                    MainWindow next = rebuild(new I18n(chosen.language().locale()));
                                    next.notifications.info(next.ui.t("settings.saved"));
                                }
                            }));
                });
    }

    /** Settings' first section: the workspace open now, with Open workspace… (Settings closes, the choice opens). */
    private javafx.scene.Node workspaceRow() {
        Label title = new Label(ui.t("settings.workspace"));
        title.getStyleClass().add("form-section");
        javafx.scene.control.TextField where = new javafx.scene.control.TextField(describe(services));
        where.setId("settingsWorkspace");
        where.setEditable(false);
        where.setAccessibleText(ui.t("settings.workspace"));
        HBox.setHgrow(where, Priority.ALWAYS);
        javafx.scene.control.Button open = new javafx.scene.control.Button(ui.t("menu.openWorkspace"));
        open.setId("settingsOpenWorkspace");
        open.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        open.setOnAction(e -> {
            // Settings is left as Cancel would leave it; the workspace dialog takes its place
            open.getScene().getWindow().hide();
            Platform.runLater(this::openWorkspace);
        });
        HBox row = new HBox(8, where, open);
        row.setAlignment(Pos.CENTER_LEFT);
        return new javafx.scene.layout.VBox(6, title, row);
    }

    @Override
    public void showAbout() {
        background.call(org.fieldbook.support.AboutInfo::load, info ->
                new AboutDialog(stage, ui.i18n(), info, services.store().workspace().folder()).showAndWait());
    }

    @Override
    public void showShortcuts() {
        new ShortcutSheet(stage, ui.i18n(), menu).showAndWait();
    }

    @Override
    public void showTab(int index) {
        if (current != null && content.getChildren().contains(current)) {
            current.showTab(index);
        }
    }

    /** The calm message after an unexpected error, naming the report written for support. */
    public void showErrorReport(java.nio.file.Path report) {
        errors.show(stage, ui.i18n(), report, services.store().workspace().logs(), ui.files());
    }

    public javafx.scene.control.MenuBar menuBar() {
        return menu;
    }

    private void afterRestore() {
        reloadVisits(null);
    }

    @Override
    public void search() {
        String visitId = current == null ? null : current.visitId();
        background.call(() -> services.areas().list(), areas ->
                new SearchDialog(stage, ui, services.search(), visitId, areas, this::openHit).show());
    }

    private void openHit(SearchHit hit) {
        switch (hit.type()) {
            case "note" -> background.call(() -> services.notes().find(hit.id()).orElseThrow(),
                    n -> openNote(n.visitId(), n.meetingId(), n.id()));
            case "meeting" -> openMeeting(hit.visit(), hit.id());
            case "stakeholder" -> {
                if (hit.visit() != null) {
                    openStakeholder(hit.visit(), hit.id());
                } else {
                    background.call(() -> services.stakeholders().find(hit.id())
                                    .flatMap(s -> services.visits().latestForCity(s.cityId())).orElse(null),
                            visitId -> {
                                if (visitId != null) {
                                    openStakeholder(visitId, hit.id());
                                }
                            });
                }
            }
            default -> { }
        }
    }

    @Override
    public void newNote() {
        if (current != null) {
            current.newNote();
        }
    }

    @Override
    public void saveAndNext() {
        if (current != null) {
            current.saveAndNext();
        }
    }

    @Override
    public void openVisit(String visitId) {
        showVisit(visitId);
    }

    @Override
    public void openMeeting(String visitId, String meetingId) {
        showVisit(visitId);
        current.openMeeting(meetingId);
    }

    @Override
    public void openNote(String visitId, String meetingId, String noteId) {
        showVisit(visitId);
        current.openNotes(meetingId, noteId);
    }

    @Override
    public void openStakeholder(String visitId, String stakeholderId) {
        showVisit(visitId);
        current.openStakeholder(stakeholderId);
    }

    static String message(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && (c.getMessage() == null || c instanceof java.lang.reflect.InvocationTargetException)) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.toString() : c.getMessage();
    }

    /** Told when this window is replaced by another on the same stage (the language or the workspace changed). */
    public interface Replaced {
        void replaced(MainWindow next);
    }

    /** This window's replacement by another in a new language or on another workspace ({@link WindowReplacement}). */
    private final WindowReplacement replacement = new WindowReplacement(this);

    WindowReplacement replacement() {
        return replacement;
    }

    /** Who is told when this window (and the ones replacing it) is replaced: the application keeps the one shown. */
    public void onReplaced(Replaced listener) {
        replacement.onReplaced(listener);
    }

    /** Where workspaces are opened from and the last one remembered (the person's, unless set: tests use temp folders). */
    public void setWorkspaces(Workspaces workspaces) {
        replacement.setWorkspaces(workspaces);
    }

    public Services services() {
        return services;
    }

    boolean isClosed() {
        return closed;
    }

    /**
     * What a window rebuilt from this one shows again: on the same workspace the visit shown, its tab and (on the Notes
     * tab) the meeting and note open; on another workspace nothing (its last visit).
     */
    Reopen shown(boolean sameWorkspace) {
        boolean onVisit = sameWorkspace && current != null && content.getChildren().contains(current);
        var notes = onVisit ? current.notesPane().model() : null;
        return new Reopen(onVisit ? current.visitId() : null, onVisit ? current.selectedTab() : -1,
                notes == null ? null : notes.meetingId(), notes == null ? null : notes.currentIdProperty().get());
    }

    /** This window built again in {@code language} on the same stage, visit and tab ({@link WindowReplacement#rebuild}). */
    public MainWindow rebuild(I18n language) {
        return replacement.rebuild(language);
    }

    /** File ▸ Open workspace…: a folder or the office's database; the window reopens on it. */
    @Override
    public void openWorkspace() {
        replacement.openWorkspace();
    }

    /** The workspace as shown to people: its folder, or the office database's address. */
    static String describe(Services s) {
        return WindowReplacement.describe(s);
    }

    /** Reopens the window on the workspace at {@code text}, a folder or an address ({@link WindowReplacement#switchWorkspace}). */
    public void switchWorkspace(String text) {
        replacement.switchWorkspace(text);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (current != null) {
            current.close();
        }
        changes.close();
        saver.close();
        background.close();
    }
}
