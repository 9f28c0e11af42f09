package org.fieldbook.note.ui;

import org.fieldbook.note.NoteRepository;
import org.fieldbook.attachment.AttachmentRepository;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.fieldbook.note.ui.AttachmentStrip;
import org.fieldbook.area.IndexArea;
import org.fieldbook.stakeholder.Stakeholder;
import org.fieldbook.support.ui.MarkdownFlow;
import org.fieldbook.support.ui.Rows;
import org.fieldbook.support.ui.UiContext;
import org.fieldbook.support.ui.UndoStack;

/**
 * Note capture: context (visit or meeting), kind, speaker for quotes, INDEX area chips, Markdown text with a
 * preview, attachments, a visible save state, and the context's notes beside it. Ctrl+Enter saves and
 * starts the next note.
 */
public final class NoteCapturePane extends SplitPane {
    private final UiContext ui;
    private final NoteRepository notes;
    private final NoteEditorModel model;
    private final ComboBox<NoteContext> context = new ComboBox<>();
    private final SaveStateLabel state;
    private final ToggleGroup kinds = new ToggleGroup();
    private final Map<NoteKind, ToggleButton> kindButtons = new HashMap<>();
    private final AreaChips areaChips;
    private final ComboBox<String> speaker = new ComboBox<>();
    private final HBox speakerRow;
    private final TextArea text = new TextArea();
    private final TextFlow preview = new TextFlow();
    private final ToggleButton previewToggle = new ToggleButton();
    private final ListView<Note> list = new ListView<>();
    private final AttachmentStrip attachments;
    private final Set<String> known = new HashSet<>();
    private Map<String, String> speakerIds = new HashMap<>();
    private List<Stakeholder> directory = List.of();
    private java.util.function.Function<String, List<Stakeholder>> attendeesOf = id -> List.of();
    private boolean switching;

    /** Counts shown elsewhere (overview, programme, sidebar) follow the store's change notification, not this pane. */
    public NoteCapturePane(UiContext ui, NoteRepository notes, AttachmentRepository attachmentFiles, NoteEditorModel model) {
        this.notes = notes;
        this.ui = ui;
        this.model = model;
        setId("noteCapture");
        state = new SaveStateLabel(ui.i18n(), model);
        areaChips = new AreaChips(ui.i18n(), model);
        attachments = new AttachmentStrip(ui, attachmentFiles, () -> model.currentIdProperty().get(), this::ensureStored);

        context.setId("noteContext");
        context.setMaxWidth(Double.MAX_VALUE);
        context.valueProperty().addListener((o, a, c) -> {
            if (!switching && c != null) {
                load(c, null);
            }
        });
        HBox.setHgrow(context, Priority.ALWAYS);
        Label ctxLabel = new Label(ui.t("notes.context"));
        ctxLabel.setLabelFor(context);
        ctxLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(10, ctxLabel, context, state);
        top.setAlignment(Pos.CENTER_LEFT);

        FlowPane kindRow = new FlowPane(6, 6);
        for (NoteKind k : NoteKind.values()) {
            ToggleButton b = new ToggleButton(ui.i18n().label(k));
            b.setId("kind-" + k.id());
            b.getStyleClass().add("kind-toggle");
            b.setToggleGroup(kinds);
            b.setUserData(k);
            b.setFocusTraversable(false);
            kindButtons.put(k, b);
            kindRow.getChildren().add(b);
        }
        kinds.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                Platform.runLater(() -> kindButtons.get(model.kindProperty().get()).setSelected(true));
            } else {
                model.kindProperty().set((NoteKind) t.getUserData());
            }
        });
        model.kindProperty().addListener((o, a, k) -> {
            kindButtons.get(k).setSelected(true);
            showSpeaker();
        });
        kindButtons.get(NoteKind.OBSERVATION).setSelected(true);

        speaker.setId("speaker");
        speaker.setEditable(true);
        speaker.setMaxWidth(Double.MAX_VALUE);
        speaker.setPromptText(ui.t("notes.speaker.prompt"));
        speaker.getEditor().textProperty().addListener((o, a, s) -> {
            if (!switching) {
                model.speakerIdProperty().set(speakerIds.get(s));
                model.speakerNameProperty().set(s == null ? "" : s);
            }
        });
        model.speakerNameProperty().addListener((o, a, s) -> {
            if (!speaker.getEditor().getText().equals(s)) {
                switching = true;
                speaker.getEditor().setText(s);
                switching = false;
            }
        });
        HBox.setHgrow(speaker, Priority.ALWAYS);
        Label speakerLabel = new Label(ui.t("notes.speaker"));
        speakerLabel.setMinWidth(Region.USE_PREF_SIZE);
        speakerRow = new HBox(10, speakerLabel, speaker);
        speakerRow.setAlignment(Pos.CENTER_LEFT);


        text.setId("noteText");
        text.setWrapText(true);
        text.setPromptText(ui.t("notes.text.prompt"));
        text.textProperty().bindBidirectional(model.textProperty());
        text.setPrefRowCount(10);
        preview.setId("notePreview");
        preview.setPadding(new Insets(8));
        ScrollPane previewScroll = new ScrollPane(preview);
        previewScroll.setFitToWidth(true);
        previewScroll.getStyleClass().add("note-preview");
        previewScroll.visibleProperty().bind(previewToggle.selectedProperty());
        text.visibleProperty().bind(previewToggle.selectedProperty().not());
        previewToggle.setText(ui.t("notes.preview"));
        previewToggle.setId("previewToggle");
        previewToggle.getStyleClass().add("small");
        previewToggle.selectedProperty().addListener((o, a, on) -> {
            if (on) {
                MarkdownFlow.render(model.textProperty().get(), preview);
            } else {
                text.requestFocus();
            }
        });
        StackPane editor = new StackPane(text, previewScroll);
        VBox.setVgrow(editor, Priority.ALWAYS);
        Label mdHint = new Label(ui.t("notes.markdownHint"));
        mdHint.getStyleClass().addAll("text-muted", "text-small");
        Region g1 = Rows.grow();
        HBox editorBar = new HBox(8, mdHint, g1, previewToggle);
        editorBar.setAlignment(Pos.CENTER_LEFT);

        Button next = button("notes.saveNext", "saveNext", "accent", this::saveAndNext);
        Button delete = button("notes.delete", "noteDelete", "danger", this::deleteCurrent);
        HBox actions = new HBox(8, next, Rows.grow(), delete);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label areasLabel = new Label(ui.t("notes.areas"));
        areasLabel.getStyleClass().add("section-label");
        Label kindLabel = new Label(ui.t("notes.kind"));
        kindLabel.getStyleClass().add("section-label");
        // The speaker row comes after the area chips: choosing "Quote" must not move the chips under the pointer.
        VBox form = new VBox(10, top, kindLabel, kindRow, areasLabel, areaChips, speakerRow, editorBar, editor,
                attachments, actions);
        form.setPadding(new Insets(14, 16, 14, 16));
        showSpeaker();

        list.setId("noteList");
        list.setItems(model.notes());
        list.setCellFactory(lv -> new NoteCell(ui.i18n()));
        list.setPlaceholder(placeholder());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, n) -> {
            if (n != null && !n.id().equals(model.currentIdProperty().get())) {
                model.edit(n);
                attachments.show(n.id());
            }
        });
        Label listTitle = new Label(ui.t("notes.list"));
        listTitle.getStyleClass().add("title-4");
        Button newNote = button("notes.new", "newNote", "small", this::saveAndNext);
        HBox listBar = new HBox(8, listTitle, Rows.grow(), newNote);
        listBar.setAlignment(Pos.CENTER_LEFT);
        listBar.setPadding(new Insets(14, 12, 8, 12));
        BorderPane right = new BorderPane(list, listBar, null, null, null);
        BorderPane.setMargin(list, new Insets(0, 12, 12, 12));

        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        formScroll.setFitToHeight(true);
        getItems().addAll(formScroll, right);
        setDividerPositions(0.64);
        SplitPane.setResizableWithParent(right, false);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                saveAndNext();
            }
        });
        model.setOnSaved(n -> known.add(n.id()));
    }

    /** A button saying the text {@code key}, with its id and style class, that does {@code action}. */
    private Button button(String key, String id, String style, Runnable action) {
        Button b = new Button(ui.t(key));
        b.setId(id);
        b.getStyleClass().add(style);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Label placeholder() {
        Label l = new Label(ui.t("notes.none"));
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        return l;
    }

    /** Sets the areas offered as chips (data from the catalogue), the directory and the meetings to choose from. */
    public void setup(List<IndexArea> areas, List<Stakeholder> directory,
                      java.util.function.Function<String, List<Stakeholder>> attendeesOf, List<NoteContext> contexts) {
        this.directory = directory;
        this.attendeesOf = attendeesOf;
        areaChips.setAreas(areas);
        NoteContext current = context.getValue();
        switching = true;
        context.setItems(FXCollections.observableArrayList(contexts));
        NoteContext keep = current == null ? null : contexts.stream()
                .filter(c -> java.util.Objects.equals(c.meetingId(), current.meetingId())).findFirst().orElse(null);
        context.setValue(keep);
        switching = false;
        if (keep == null && !contexts.isEmpty()) {
            context.setValue(contexts.get(0));
        }
        fillSpeakers();
    }

    /** Switches to notes on a meeting (null: the whole visit), then optionally opens one note. */
    public void openContext(String meetingId, String noteId) {
        for (NoteContext c : context.getItems()) {
            if (java.util.Objects.equals(c.meetingId(), meetingId)) {
                switching = true;
                context.setValue(c);
                switching = false;
                load(c, noteId);
                return;
            }
        }
    }

    /** Counts the loads asked for: only the last one's result is shown (two loads run at once on the runner's workers). */
    private long loads;

    private void load(NoteContext c, String noteId) {
        long asked = ++loads;
        ui.background().call(() -> c.meetingId() == null
                ? notes.forVisit(c.visitId()).stream().filter(n -> n.meetingId() == null).toList()
                : notes.forMeeting(c.meetingId()), notes -> {
            if (asked != loads) {
                return; // a later load (another context, or a note to open) was asked for meanwhile: its result wins
            }
            known.clear();
            notes.forEach(n -> known.add(n.id()));
            model.open(c.visitId(), c.meetingId(), notes);
            attachments.show(null);
            fillSpeakers();
            if (noteId != null) {
                notes.stream().filter(n -> n.id().equals(noteId)).findFirst().ifPresent(n -> {
                    list.getSelectionModel().select(n);
                    list.scrollTo(n);
                });
            }
            focusText();
        });
    }

    private void fillSpeakers() {
        List<String> names = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        NoteContext c = context.getValue();
        List<Stakeholder> first = c == null || c.meetingId() == null ? List.of() : attendeesOf.apply(c.meetingId());
        for (Stakeholder s : first) {
            names.add(s.displayName());
            ids.put(s.displayName(), s.id());
        }
        for (Stakeholder s : directory) {
            if (ids.putIfAbsent(s.displayName(), s.id()) == null) {
                names.add(s.displayName());
            }
        }
        speakerIds = ids;
        String typed = speaker.getEditor().getText();
        switching = true;
        speaker.getItems().setAll(names);
        speaker.getEditor().setText(typed);
        switching = false;
    }

    public void saveAndNext() {
        model.saveAndNext();
        list.getSelectionModel().clearSelection();
        attachments.show(null);
        previewToggle.setSelected(false);
        focusText();
    }

    public void focusText() {
        Platform.runLater(() -> {
            text.requestFocus();
            text.positionCaret(text.getLength());
        });
    }

    private void ensureStored() {
        model.storeNow();
    }

    public void deleteCurrent() {
        Note selected = list.getSelectionModel().getSelectedItem();
        String currentId = model.currentIdProperty().get();
        Note target = selected != null ? selected : model.notes().stream().filter(n -> n.id().equals(currentId)).findFirst()
                .orElse(null);
        if (target == null) {
            model.saveAndNext();
            return;
        }
        model.flushPending();
        Runnable restore = model.delete(target, () -> { });
        list.getSelectionModel().clearSelection();
        known.remove(target.id());
        String preview = target.text().isBlank() ? ui.i18n().label(target.kind()) : firstWords(target.text());
        ui.notifier().undoable(ui.t("notes.deleted", preview), new UndoStack.Entry(preview, () -> {
            restore.run();
            Platform.runLater(() -> {
                known.add(target.id());
                model.restored(target);
            });
        }));
        // the focus goes to the list, not into another note: the next keystrokes must not change a note nobody chose
        list.requestFocus();
    }

    private static String firstWords(String s) {
        String t = s.strip().replace('\n', ' ');
        return t.length() > 40 ? t.substring(0, 39) + "…" : t;
    }

    private void showSpeaker() {
        boolean quote = model.kindProperty().get() == NoteKind.QUOTE;
        speakerRow.setVisible(quote);
        speakerRow.setManaged(quote);
    }


    public AttachmentStrip attachments() {
        return attachments;
    }

    public NoteEditorModel model() {
        return model;
    }
}
