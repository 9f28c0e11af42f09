package org.fieldbook.app.ui;

import org.fieldbook.app.Services;
import org.fieldbook.visit.ui.OverviewPane;
import org.fieldbook.visit.ui.ProgrammePane;
import org.fieldbook.visit.Meeting;
import org.fieldbook.visit.VisitData;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import org.fieldbook.index.ui.VerificationView;
import org.fieldbook.profile.ui.ProfileEditorView;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fieldbook.note.ui.NoteCapturePane;
import org.fieldbook.note.ui.NoteContext;
import org.fieldbook.note.ui.NotesReviewView;
import org.fieldbook.note.ui.NoteEditorModel;
import org.fieldbook.note.NoteSaver;
import org.fieldbook.stakeholder.ui.StakeholdersPane;
import org.fieldbook.support.ui.UiContext;

/**
 * One visit: a header with its city and dates, and the Overview, Programme, Notes and Stakeholders tabs, then (built when
 * first shown) INDEX verification, Profile and the review of all notes.
 */
public final class VisitView extends BorderPane implements AutoCloseable {
    private final UiContext ui;
    private final Services services;
    private final String visitId;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label status = new Label();
    private final TabPane tabs = new TabPane();
    private final Tab overviewTab;
    private final Tab programmeTab;
    private final Tab notesTab;
    private final Tab stakeholdersTab;
    private final OverviewPane overview;
    private final ProgrammePane programme;
    private final NoteCapturePane notes;
    private final StakeholdersPane stakeholders;
    private final NoteEditorModel noteModel;
    /** Unregisters this screen from the store's change notification. */
    private final Runnable stopFollowing;
    private VisitData data;
    private boolean firstLoad = true;
    private Runnable afterLoad;
    /** Views built for the lazy tabs; each owns a background thread and is closed with this screen. */
    private final java.util.List<AutoCloseable> tabViews = new java.util.ArrayList<>();
    private boolean closed;
    private List<NoteContext> shownContexts;

    /**
     * Everything this screen shows (header, overview coverage, programme counts, directory) follows the store: it
     * reloads after each committed write, whoever made it (a note's areas, an import, an undo), not after chosen actions.
     */
    public VisitView(UiContext ui, Services services, String visitId, NoteSaver saver, Runnable editVisit) {
        this.ui = ui;
        this.services = services;
        this.visitId = visitId;
        setId("visitView");
        title.setId("visitTitle");
        title.getStyleClass().add("title-2");
        subtitle.getStyleClass().add("text-muted");
        status.getStyleClass().add("status-chip");
        status.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        status.accessibleTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> ui.t("a11y.status", status.getText()), status.textProperty()));
        Button edit = new Button(ui.t("visit.edit"));
        edit.setId("visitEdit");
        edit.setOnAction(e -> editVisit.run());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        // when space runs short the city's name gives way (ellipsis, full name in its tooltip), never the chip or button
        status.setMinWidth(Region.USE_PREF_SIZE);
        edit.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(60);
        title.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> new javafx.scene.control.Tooltip(title.getText()), title.textProperty()));
        subtitle.setWrapText(true);
        HBox titleRow = new HBox(12, title, status);
        titleRow.setAlignment(Pos.BASELINE_LEFT);
        VBox heading = new VBox(2, titleRow, subtitle);
        HBox header = new HBox(12, heading, grow, edit);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(14, 20, 10, 20));
        header.getStyleClass().add("visit-header");
        setTop(header);

        overview = new OverviewPane(ui.i18n());
        programme = new ProgrammePane(ui, services.visitService(), services.meetings(), services.notes(), m -> openNotes(m.id(), null));
        noteModel = new NoteEditorModel(services.notes(), saver, Platform::runLater, ui.background()::schedule,
                NoteEditorModel.AUTOSAVE_DELAY_MS);
        notes = new NoteCapturePane(ui, services.notes(), services.attachments(), noteModel);
        stakeholders = new StakeholdersPane(ui, services.stakeholders(), services.person());
        overviewTab = tab("tabOverview", ui.t("tab.overview"), overview);
        programmeTab = tab("tabProgramme", ui.t("tab.programme"), programme);
        notesTab = tab("tabNotes", ui.t("tab.notes"), notes);
        stakeholdersTab = tab("tabStakeholders", ui.t("tab.stakeholders"), stakeholders);
        tabs.setId("visitTabs");
        Tab verificationTab = lazyTab("tabVerification", ui.t("tab.verification"), () -> {
            VerificationView v = new VerificationView(services.index(), services.search(), services.attachments(), visitId,
                    ui.i18n().locale().getLanguage(), paneMemory(), ui.background(), ui.exports());
            tabViews.add(v);
            return v.node();
        });
        Tab profileTab = lazyTab("tabProfile", ui.t("tab.profile"), () -> {
            ProfileEditorView v = new ProfileEditorView(services.profile(), services.evidence(), services.reports(),
                    services.recommendations(), visitId, ui.i18n().locale(), javafx.util.Duration.millis(ProfileEditorView.AUTOSAVE_DELAY_MS), paneMemory(),
                    ui.background(), ui.exports());
            tabViews.add(v);
            return v.node();
        });
        Tab reviewTab = lazyTab("tabReview", ui.t("tab.review"), () -> {
            NotesReviewView v = new NotesReviewView(ui, services.noteReview(), services.areas(), visitId);
            tabViews.add(v);
            return v;
        });
        // the review reads the notes again after a write only while it is shown (once more when shown again)
        reviewTab.selectedProperty().addListener((o, was, selected) -> {
            if (reviewTab.getContent() instanceof NotesReviewView v) {
                v.setActive(selected);
            }
        });
        tabs.getTabs().addAll(overviewTab, programmeTab, notesTab, stakeholdersTab, verificationTab, profileTab, reviewTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (t == notesTab) {
                notes.focusText();
            } else if (t != null && tabs.getScene() != null && tabs.getScene().getFocusOwner() != null
                    && isInside(tabs.getScene().getFocusOwner(), tabs)) {
                // the keyboard follows the tab (Ctrl+1…7): its shortcuts, such as F8 for the next unchecked question, work at once
                Platform.runLater(() -> focusFirstIn(t.getContent()));
            }
        });
        setCenter(tabs);
        stopFollowing = ui.changes().listen(() -> {
            refresh();
            for (AutoCloseable v : tabViews) {
                if (v instanceof VerificationView verification) {
                    verification.storeChanged();
                }
            }
        });
        refresh();
    }

    private static boolean isInside(javafx.scene.Node node, javafx.scene.Node ancestor) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * Moves the keyboard into the tab, and keeps it there while the tab is still loading (a control that had the
     * focus may be replaced when its data arrives): checks again every 150 ms, {@code checks} times.
     */
    private void focusInto(Tab t, int checks) {
        Platform.runLater(() -> {
            if (!t.isSelected() || t.getContent() == null) {
                return;
            }
            javafx.scene.Node owner = getScene() == null ? null : getScene().getFocusOwner();
            if (owner == null || !isInside(owner, t.getContent())) {
                focusFirstIn(t.getContent());
            }
            if (checks > 1) {
                javafx.animation.PauseTransition again = new javafx.animation.PauseTransition(javafx.util.Duration.millis(150));
                again.setOnFinished(e -> focusInto(t, checks - 1));
                again.play();
            }
        });
    }

    /** Focuses the control of {@code content} a person meets first (top, then left), as Tab order would. */
    static boolean focusFirstIn(javafx.scene.Node content) {
        java.util.List<javafx.scene.Node> found = new java.util.ArrayList<>();
        collectFocusable(content, found);
        return found.stream().min(java.util.Comparator
                        .comparingDouble((javafx.scene.Node n) -> Math.round(n.localToScene(n.getLayoutBounds()).getMinY() / 8))
                        .thenComparingDouble(n -> n.localToScene(n.getLayoutBounds()).getMinX()))
                .map(n -> {
                    n.requestFocus();
                    return true;
                }).orElse(false);
    }

    private static void collectFocusable(javafx.scene.Node node, java.util.List<javafx.scene.Node> found) {
        if (node == null || !node.isVisible() || node.isDisabled()) {
            return;
        }
        boolean container = node instanceof javafx.scene.control.ScrollPane || node instanceof javafx.scene.control.SplitPane;
        if (node.isFocusTraversable() && !container) {
            found.add(node);
            return;
        }
        if (node instanceof javafx.scene.control.ScrollPane sp) {
            collectFocusable(sp.getContent(), found);
        } else if (node instanceof javafx.scene.control.SplitPane sp) {
            sp.getItems().forEach(i -> collectFocusable(i, found));
        } else if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collectFocusable(c, found));
        }
    }

    /** A tab whose content is built the first time it is selected, so opening a visit stays quick. */
    private Tab lazyTab(String id, String text, java.util.function.Supplier<javafx.scene.Node> content) {
        Tab t = tab(id, text, null);
        t.selectedProperty().addListener((o, was, selected) -> {
            if (selected && t.getContent() == null && !closed) {
                t.setContent(content.get());
            }
        });
        return t;
    }

    private static Tab tab(String id, String text, javafx.scene.Node content) {
        Tab t = new Tab(text, content);
        t.setId(id);
        return t;
    }

    /** Shows the tab at {@code index} (0 overview … 5 profile, 6 notes review); out-of-range indexes are ignored. */
    public void showTab(int index) {
        if (index >= 0 && index < tabs.getTabs().size()) {
            tabs.getSelectionModel().select(index);
            Tab t = tabs.getTabs().get(index);
            if (index != 2) {
                focusInto(t, 10);
            }
        }
    }

    public String visitId() {
        return visitId;
    }

    /** Shows the tab at {@code index} once the visit is loaded (a rebuilt window comes back to the tab left). */
    public void reopenTab(int index) {
        whenLoaded(() -> showTab(index));
    }

    /** The index of the Notes tab (see {@link #showTab(int)}). */
    public static final int NOTES_TAB = 2;

    /** The index of the tab shown (see {@link #showTab(int)}). */
    public int selectedTab() {
        return tabs.getSelectionModel().getSelectedIndex();
    }

    /** Side panes' open states and widths, kept in the workspace's settings (written off the FX thread). */
    private org.fieldbook.support.ui.SidePanes.Memory paneMemory() {
        var meta = services.store().meta();
        return org.fieldbook.support.ui.SidePanes.Memory.of(meta::get, (k, v) -> ui.background().exec(() -> meta.put(k, v), () -> { }));
    }

    /** Reloads everything shown from the store (the store's change notification calls it after each committed write). */
    public void refresh() {
        ui.background().call(() -> services.visitService().load(visitId), d -> {
            if (closed) {
                return;
            }
            show(d);
            if (afterLoad != null) {
                Runnable r = afterLoad;
                afterLoad = null;
                r.run();
            }
        }, err -> ui.notifier().error(ui.t("visit.loadFailed", err.getMessage())));
    }

    private void show(VisitData d) {
        VisitData before = this.data;
        this.data = d;
        title.setText(d.city().name());
        subtitle.setText(String.join(" · ", List.of(d.city().country(), ui.i18n().date(d.visit().start()) + " – "
                + ui.i18n().date(d.visit().end()), ui.i18n().label(d.visit().mode()))).replaceFirst("^ · ", ""));
        status.setText(ui.i18n().label(d.visit().status()));
        status.getStyleClass().removeIf(s -> s.startsWith("status-") && !s.equals("status-chip"));
        status.getStyleClass().add("status-" + d.visit().status().id());
        overview.show(d);
        programme.show(d);
        // the directory table and the note editor's choices are rebuilt only when what they offer changed, so a reload
        // after an autosave never disturbs a filter being typed or an area being ticked
        if (before == null || !before.directory().equals(d.directory()) || !before.city().id().equals(d.city().id())) {
            stakeholders.show(d.city().id(), d.directory());
        }
        List<NoteContext> contexts = new ArrayList<>();
        contexts.add(new NoteContext(visitId, null, ui.t("notes.context.visit")));
        for (Meeting m : d.meetings()) {
            contexts.add(new NoteContext(visitId, m.id(), ui.i18n().date(m.day()) + " "
                    + m.start() + " — " + m.title()));
        }
        if (!contexts.equals(shownContexts) || before == null || !before.areas().equals(d.areas())
                || !before.directory().equals(d.directory()) || !before.attendees().equals(d.attendees())) {
            shownContexts = contexts;
            notes.setup(d.areas(), d.directory(), d::attendeesOf, contexts);
        }
        if (firstLoad) {
            firstLoad = false;
            tabs.getSelectionModel().select(d.meetings().isEmpty() ? overviewTab : programmeTab);
        }
    }

    public VisitData data() {
        return data;
    }

    /** Opens the Notes tab on a meeting (null: the whole visit), optionally with one note opened. */
    public void openNotes(String meetingId, String noteId) {
        whenLoaded(() -> {
            tabs.getSelectionModel().select(notesTab);
            notes.openContext(meetingId, noteId);
        });
    }

    public void openMeeting(String meetingId) {
        whenLoaded(() -> {
            tabs.getSelectionModel().select(programmeTab);
            programme.select(meetingId);
        });
    }

    public void openStakeholder(String stakeholderId) {
        whenLoaded(() -> {
            tabs.getSelectionModel().select(stakeholdersTab);
            stakeholders.select(stakeholderId);
        });
    }

    /** New note (Ctrl+Shift+N): on the meeting selected in the programme, else on the visit. */
    public void newNote() {
        if (tabs.getSelectionModel().getSelectedItem() == notesTab) {
            notes.saveAndNext();
            return;
        }
        Meeting m = tabs.getSelectionModel().getSelectedItem() == programmeTab ? programme.selectedMeeting() : null;
        if (m != null) {
            openNotes(m.id(), null);
        } else {
            whenLoaded(() -> {
                tabs.getSelectionModel().select(notesTab);
                notes.saveAndNext();
            });
        }
    }

    /** Save and next (Ctrl+Enter) from the menu. */
    public void saveAndNext() {
        tabs.getSelectionModel().select(notesTab);
        notes.saveAndNext();
    }

    private void whenLoaded(Runnable r) {
        if (data != null) {
            r.run();
        } else {
            afterLoad = r;
        }
    }

    public NoteCapturePane notesPane() {
        return notes;
    }

    /** The view models this screen holds now (the note editor's, and those of the tabs shown so far). */
    java.util.List<Object> viewModels() {
        java.util.List<Object> all = new java.util.ArrayList<>();
        all.add(noteModel);
        for (AutoCloseable v : tabViews) {
            if (v instanceof VerificationView verification) {
                all.add(verification.viewModel());
            } else if (v instanceof ProfileEditorView profile) {
                all.add(profile.viewModel());
            } else if (v instanceof NotesReviewView review) {
                all.add(review.viewModel());
            }
        }
        return all;
    }

    /**
     * Saves what is pending and releases what this screen owns: the note editor and the views of the verification
     * and profile tabs (their threads and window handlers). Called when the screen is replaced or the window closes.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopFollowing.run();
        noteModel.close();
        for (AutoCloseable v : tabViews) {
            try {
                v.close();
            } catch (Exception e) {
                // one tab failing to close must not keep the others open
                java.util.logging.Logger.getLogger(VisitView.class.getName())
                        .log(java.util.logging.Level.WARNING, "Closing a visit tab failed", e);
            }
        }
        tabViews.clear();
    }
}
