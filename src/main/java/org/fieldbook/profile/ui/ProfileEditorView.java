package org.fieldbook.profile.ui;

import org.fieldbook.profile.RecommendationRepository;
import org.fieldbook.profile.report.ReportService;
import org.fieldbook.profile.ProfileService;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.fieldbook.note.Note;
import org.fieldbook.profile.EvidenceService;
import org.fieldbook.profile.ProfileSection;
import org.fieldbook.profile.SectionStatus;
import org.fieldbook.support.ui.Converters;
import org.fieldbook.support.ui.Rows;
import org.fieldbook.support.ui.SidePanes;

/**
 * The profile editor, ready to be a tab: sections on the left (status and owner), the Markdown editor with
 * live preview and word count in the middle, the section's notes and paragraph sources on the right.
 * Construct with the services and a visit id, then add {@link #node()}.
 */
public final class ProfileEditorView implements AutoCloseable {
    /** How long after the last keystroke a section is saved (the window uses it; Settings says it). */
    public static final long AUTOSAVE_DELAY_MS = 1500;

    private final ProfileEditorViewModel vm;
    private final org.fieldbook.support.ui.Background.Serial background;
    /** A runner this view made for itself (built without the window's), closed with it. */
    private final org.fieldbook.support.ui.Background own;
    private final org.fieldbook.support.ui.Exports exports;
    private boolean closed;
    private final BorderPane root = new BorderPane();
    final ListView<ProfileSection> sectionList = new ListView<>();
    final TextArea editor = new TextArea();
    final ScrollPane preview = new ScrollPane();
    final Label words = new Label();
    final Label saveState = new Label();
    final ComboBox<SectionStatus> status = new ComboBox<>();
    final TextField owner = new TextField();
    final ListView<Note> notes = new ListView<>();
    final ListView<EvidenceService.ParagraphSource> sources = new ListView<>();
    final ProgressBar progress = new ProgressBar();
    final Label message = new Label();
    final Label title = new Label();
    final RecommendationsPane recommendations;
    final Label guidance = new Label();
    javafx.scene.control.ToggleButton showEvidence;
    /** The buttons that fold the side panes (sections, preview, evidence) away and bring them back. */
    private final HBox paneToggles = new HBox(4);

    public ProfileEditorView(ProfileService profile, EvidenceService evidence, ReportService reports,
                             RecommendationRepository recommendationStore, String visitId, Locale locale) {
        this(profile, evidence, reports, recommendationStore, visitId, locale, Duration.seconds(1.5));
    }

    public ProfileEditorView(ProfileService profile, EvidenceService evidence, ReportService reports,
                             RecommendationRepository recommendationStore, String visitId, Locale locale, Duration autosaveDelay) {
        this(profile, evidence, reports, recommendationStore, visitId, locale, autosaveDelay, SidePanes.Memory.inMemory(), null);
    }

    /**
     * {@code paneMemory} keeps the side panes' open states and widths between sessions (the workspace, for the
     * window); the work runs in order on {@code runner} (the window's; {@code null} makes one for this view alone).
     */
    public ProfileEditorView(ProfileService profile, EvidenceService evidence, ReportService reports,
                             RecommendationRepository recommendationStore, String visitId, Locale locale, Duration autosaveDelay,
                             SidePanes.Memory paneMemory, org.fieldbook.support.ui.Background runner) {
        this(profile, evidence, reports, recommendationStore, visitId, locale, autosaveDelay, paneMemory, runner, null);
    }

    /** As above; {@code exports} says where Word files are saved and opens them (the window's; null: kept in memory). */
    public ProfileEditorView(ProfileService profile, EvidenceService evidence, ReportService reports,
                             RecommendationRepository recommendationStore, String visitId, Locale locale, Duration autosaveDelay,
                             SidePanes.Memory paneMemory, org.fieldbook.support.ui.Background runner,
                             org.fieldbook.support.ui.Exports exports) {
        this.exports = exports != null ? exports : org.fieldbook.support.ui.Exports.inMemory();
        this.own = runner == null ? new org.fieldbook.support.ui.Background() : null;
        this.background = (runner == null ? own : runner).serial("profile editor");
        this.vm = new ProfileEditorViewModel(profile, evidence, reports, visitId, locale,
                background, autosaveDelay);
        this.recommendations = new RecommendationsPane(new RecommendationsViewModel(recommendationStore, profile,
                visitId, background), vm.messages());
        build(paneMemory);
        vm.load();
        // leaving the tab saves; closing the window saves before the workspace closes
        root.sceneProperty().addListener(sceneListener);
        if (root.getScene() != null) {
            sceneListener.changed(root.sceneProperty(), null, root.getScene());
        }
    }

    private final javafx.beans.value.ChangeListener<javafx.scene.Scene> sceneListener = this::sceneChanged;
    private final javafx.beans.value.ChangeListener<javafx.stage.Window> windowListener = (o, was, now) -> watchWindow(was, now);
    private final javafx.event.EventHandler<javafx.stage.WindowEvent> onWindowHiding = this::windowHiding;

    /** Saves on leaving the tab; follows the scene's window to save when it closes. */
    private void sceneChanged(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o, javafx.scene.Scene was,
                              javafx.scene.Scene now) {
        if (was != null) {
            was.windowProperty().removeListener(windowListener);
            watchWindow(was.getWindow(), null);
        }
        if (now == null) {
            vm.flush();
        } else {
            now.windowProperty().addListener(windowListener);
            watchWindow(null, now.getWindow());
        }
    }

    private void windowHiding(javafx.stage.WindowEvent e) {
        vm.flushNow();
    }

    private void watchWindow(javafx.stage.Window was, javafx.stage.Window now) {
        if (was != null) {
            was.removeEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, onWindowHiding);
        }
        if (now != null && !closed) {
            now.removeEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, onWindowHiding);
            now.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, onWindowHiding);
        }
    }

    public Node node() {
        return root;
    }

    public ProfileEditorViewModel viewModel() {
        return vm;
    }

    /**
     * Saves pending text now, removes the handlers this view put on its window, and stops its background thread
     * (called when the visit screen holding the tab is replaced, or the window closes). Safe to call twice.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        vm.flushNow();
        closed = true;
        root.sceneProperty().removeListener(sceneListener);
        javafx.scene.Scene scene = root.getScene();
        if (scene != null) {
            scene.windowProperty().removeListener(windowListener);
            watchWindow(scene.getWindow(), null);
        }
        background.close();
        if (own != null) {
            own.close();
        }
    }

    /** A list's empty state: says what would fill it. */
    private static Label placeholder(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("text-muted");
        l.setPadding(new Insets(8));
        return l;
    }

    private void build(SidePanes.Memory paneMemory) {
        var m = vm.messages();
        sectionList.setItems(vm.sections);
        sectionList.setId("profileSections");
        sectionList.setCellFactory(v -> new org.fieldbook.support.ui.ItemCell<>(false) {
            @Override
            protected void show(ProfileSection s) {
                String who = s.owner().isBlank() ? "" : " \u00b7 " + s.owner();
                double indent = 14 * (s.level() - 1);
                // wraps long titles and owner names onto more lines instead of cutting them (narrow list, 150 % scaling)
                Label name = wrapping(s.title(m.locale()), indent);
                Label meta = wrapping(m.text("status." + s.status().id()) + who, indent);
                meta.getStyleClass().addAll("text-muted", "text-small");
                VBox box = new VBox(1, name, meta);
                box.setPadding(new Insets(0, 0, 0, indent));
                setGraphic(box);
                setAccessibleText(name.getText() + ", " + meta.getText());
                setTooltip(new javafx.scene.control.Tooltip(name.getText() + "\n" + meta.getText()));
            }

            private Label wrapping(String text, double indent) {
                Label l = new Label(text);
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
                l.prefWidthProperty().bind(sectionList.widthProperty().subtract(36 + indent));
                return l;
            }
        });
        sectionList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && (vm.selected.get() == null || !vm.selected.get().id().equals(now.id()))) {
                vm.select(now);
            }
        });
        sectionList.setPrefWidth(250);
        sectionList.setMinWidth(220);
        sectionList.setMaxWidth(360);

        editor.setWrapText(true);
        editor.setId("profileEditor");
        editor.textProperty().bindBidirectional(vm.text);
        vm.text.addListener((o, was, now) -> preview.setContent(MarkdownPreview.render(now, m.text("editor.source"))));
        preview.setFitToWidth(true);
        preview.setPadding(new Insets(8));
        preview.setContent(MarkdownPreview.render(vm.text.get(), m.text("editor.source")));
        words.textProperty().bind(Bindings.createStringBinding(() -> m.format("editor.words", vm.words.get()), vm.words));
        saveState.textProperty().bind(vm.saveState);

        status.getItems().setAll(SectionStatus.values());
        status.setConverter(Converters.showing(s -> m.text("status." + s.id())));
        status.setOnAction(e -> vm.setStatus(status.getValue()));
        owner.setPromptText(m.text("editor.owner"));
        owner.setOnAction(e -> vm.setOwner(owner.getText()));
        owner.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.setOwner(owner.getText());
            }
        });
        vm.selected.addListener((o, was, now) -> {
            status.setValue(now == null ? null : now.status());
            if (now != null && !owner.isFocused()) {
                owner.setText(now.owner());
            }
        });

        Button history = new Button(m.text("editor.history"));
        history.disableProperty().bind(vm.selected.isNull());
        history.setOnAction(e -> {
            vm.flush();
            HistoryDialog d = new HistoryDialog(vm.profile(), vm.selected.get(), m, background);
            d.showAndWait();
            vm.reloadSelected();
        });
        Button export = new Button(m.text("editor.export"));
        export.setOnAction(e -> {
            Path f = exports.chooseSave(root.getScene() == null ? null : root.getScene().getWindow(), m.text("editor.export"),
                    "profile.docx", "Word", ".docx");
            if (f != null) {
                vm.export(f);
            }
        });
        progress.progressProperty().bind(vm.exportProgress);
        progress.visibleProperty().bind(vm.exportProgress.greaterThanOrEqualTo(0));
        message.textProperty().bind(vm.message);
        Region grow = Rows.grow();
        owner.setPrefColumnCount(16);
        Label statusLabel = new Label(m.text("editor.status"));
        statusLabel.setLabelFor(status); // what a screen reader says for the drop-down
        HBox statusPair = new HBox(6, statusLabel, status);
        statusPair.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // wraps the controls under the title when the editor is narrow (1366 x 768, 150 % scaling)
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 6, title, statusPair, owner, history, export,
                paneToggles);
        bar.getChildren().forEach(n -> {
            if (n instanceof Region r && n != title) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 14;");
        title.setMinWidth(80);
        title.textProperty().bind(Bindings.createStringBinding(
                () -> vm.selected.get() == null ? m.text("editor.noSection") : vm.selected.get().title(m.locale()), vm.selected));
        editor.accessibleTextProperty().bind(title.textProperty()); // a screen reader names the section being written
        guidance.setWrapText(true);
        guidance.setStyle("-fx-text-fill: -color-fg-muted; -fx-font-style: italic; -fx-padding: 0 6 4 6;");
        guidance.textProperty().bind(Bindings.createStringBinding(() -> vm.selected.get() == null ? ""
                : vm.profile().guidance(vm.selected.get(), m.french() ? "fr" : "en"), vm.selected));
        Region grow2 = Rows.grow();
        org.fieldbook.support.ui.SavedFileNotice saved = new org.fieldbook.support.ui.SavedFileNotice(
                org.fieldbook.support.Texts.of(org.fieldbook.support.Texts.WINDOW, vm.messages().locale()), exports);
        saved.fileProperty().bind(vm.exported);
        HBox status2 = new HBox(12, message, saved, grow2, progress, saveState, words);
        status2.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        status2.setPadding(new Insets(4, 6, 4, 6));

        // children in reading order (toolbar, editor, status line), so Tab goes from the toolbar into the editor
        BorderPane centre = new BorderPane();
        centre.setTop(new VBox(bar, guidance));
        centre.setCenter(editor);
        centre.setBottom(status2);

        notes.setItems(vm.notes);
        notes.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Note n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : m.text("editor.NoteKind." + n.kind().name()) + " \u2014 " + n.text());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        Button insert = new Button(m.text("editor.insert"));
        insert.disableProperty().bind(notes.getSelectionModel().selectedItemProperty().isNull());
        insert.setOnAction(e -> vm.insertNote(notes.getSelectionModel().getSelectedItem(), this::insertAtCaret));
        notes.setPlaceholder(placeholder(m.text("editor.evidence.empty")));
        sources.setPlaceholder(placeholder(m.text("editor.sources.empty")));
        sources.setItems(vm.sources);
        sources.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(EvidenceService.ParagraphSource s, boolean empty) {
                super.updateItem(s, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || s == null ? null : "\u201c" + abbreviate(s.paragraph()) + "\u201d\n\u2190 "
                        + s.note().map(n -> abbreviate(n.text())).orElse("?"));
            }
        });
        VBox evidenceBox = new VBox(6, new TitledPane(m.text("editor.evidence"), new VBox(6, notes, insert)),
                new TitledPane(m.text("editor.sources"), sources),
                new TitledPane(m.text("editor.recommendations"), recommendations.node()));
        evidenceBox.setMinHeight(Region.USE_PREF_SIZE);
        // scrolls instead of squashing its lists when the window is short (768 px, 150 % scaling)
        ScrollPane evidence = new ScrollPane(evidenceBox);
        evidence.setFitToWidth(true);
        evidence.setFitToHeight(true);
        evidence.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        evidence.setPrefWidth(280);
        evidence.setMinWidth(200);
        evidence.setMaxWidth(420);
        notes.setPrefHeight(220);
        sources.setPrefHeight(110);
        sources.setMinHeight(60);
        notes.setMinHeight(80);
        VBox.setVgrow(notes, Priority.ALWAYS);

        centre.setMinWidth(360);
        preview.setId("profilePreview");
        preview.setMinWidth(200);
        // the editor is the main pane: sections, preview and evidence fold away beside it (remembered); by default the
        // preview and the evidence open only when the editor keeps half the window (at 1366 px it gets the room)
        SidePanes panes = new SidePanes("profile", centre, paneMemory);
        panes.side("sections", m.text("editor.sections"), sectionList, true, 250, true);
        panes.side("preview", m.text("editor.preview"), preview, false, 340, false);
        javafx.scene.control.ToggleButton evidenceToggle = panes.side("evidence", m.text("editor.showEvidence"), evidence, false,
                280, false);
        evidenceToggle.setId("showEvidence");
        evidenceToggle.setTooltip(new javafx.scene.control.Tooltip(m.text("editor.showEvidence.tip")));
        evidenceToggle.setAccessibleText(m.text("editor.showEvidence.tip"));
        this.showEvidence = evidenceToggle;
        paneToggles.getChildren().setAll(panes.toggle("sections"), panes.toggle("preview"), evidenceToggle);
        root.setCenter(panes.node());
    }

    private void insertAtCaret(String markdown) {
        int at = editor.getCaretPosition();
        String before = editor.getText().substring(0, at);
        String glue = before.isEmpty() || before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
        editor.insertText(at, glue + markdown + "\n\n");
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 120 ? one.substring(0, 119) + "\u2026" : one;
    }
}
