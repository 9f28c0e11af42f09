package org.fieldbook.visit.ui;

import org.fieldbook.note.NoteRepository;
import org.fieldbook.visit.MeetingRepository;
import org.fieldbook.visit.VisitService;
import org.fieldbook.visit.Meeting;
import org.fieldbook.visit.VisitData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fieldbook.note.Note;
import org.fieldbook.stakeholder.Stakeholder;
import org.fieldbook.support.ui.UiContext;
import org.fieldbook.support.ui.UndoStack;

/**
 * The visit programme read at a glance: meetings grouped by day on the left; the selected meeting's details
 * and notes on the right, with a button to take notes on it.
 */
public final class ProgrammePane extends SplitPane {
    private final UiContext ui;
    private final VisitService visits;
    private final MeetingRepository meetings;
    private final NoteRepository notes;
    private final ObservableList<AgendaRow> rows = FXCollections.observableArrayList();
    private final ListView<AgendaRow> agenda = new ListView<>(rows);
    private final VBox details = new VBox(10);
    private final Consumer<Meeting> takeNotes;
    private VisitData data;
    /** A meeting just saved, selected once the store's change notification has brought it into the list. */
    private String selectWhenShown;

    /** The list follows the store (the visit screen reloads it after each committed write). */
    public ProgrammePane(UiContext ui, VisitService visits, MeetingRepository meetings, NoteRepository notes,
                         Consumer<Meeting> takeNotes) {
        this.ui = ui;
        this.visits = visits;
        this.meetings = meetings;
        this.notes = notes;
        this.takeNotes = takeNotes;
        setId("programmePane");
        agenda.setId("agendaList");
        agenda.getStyleClass().add("agenda");
        agenda.setCellFactory(lv -> new AgendaCell(ui.i18n()));
        agenda.setPlaceholder(new Label(ui.t("programme.empty")));
        agenda.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row instanceof AgendaRow.Day) {
                javafx.application.Platform.runLater(() -> agenda.getSelectionModel().clearSelection());
            } else {
                showDetails(row instanceof AgendaRow.Item item ? item.meeting() : null);
            }
        });
        Button add = new Button(ui.t("programme.add"));
        add.setId("meetingAdd");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> addMeeting());
        Label title = new Label(ui.t("tab.programme"));
        title.getStyleClass().add("title-4");
        HBox bar = TitleBar.of(title, add, Pos.CENTER_LEFT, new Insets(12, 12, 8, 16));
        BorderPane left = new BorderPane(agenda, bar, null, null, null);
        BorderPane.setMargin(agenda, new Insets(0, 8, 12, 12));
        details.setPadding(new Insets(16));
        ScrollPane right = new ScrollPane(details);
        right.setFitToWidth(true);
        getItems().addAll(left, right);
        setDividerPositions(0.55);
        showDetails(null);
    }

    public void show(VisitData d) {
        this.data = d;
        Meeting selected = selectedMeeting();
        List<AgendaRow> out = new ArrayList<>();
        int number = 1;
        for (var day : d.visit().days()) {
            List<Meeting> ofDay = d.meetings().stream().filter(m -> m.day().equals(day)).toList();
            out.add(new AgendaRow.Day(day, number++, ofDay.size()));
            for (Meeting m : ofDay) {
                out.add(new AgendaRow.Item(m, names(d.attendeesOf(m.id())), d.notesPerMeeting().getOrDefault(m.id(), 0L)));
            }
        }
        d.meetings().stream().filter(m -> !d.visit().days().contains(m.day())).forEach(m ->
                out.add(new AgendaRow.Item(m, names(d.attendeesOf(m.id())), d.notesPerMeeting().getOrDefault(m.id(), 0L))));
        rows.setAll(out);
        if (selectWhenShown != null && d.meetings().stream().anyMatch(m -> m.id().equals(selectWhenShown))) {
            select(selectWhenShown);
            selectWhenShown = null;
        } else if (selected != null) {
            select(selected.id());
        } else {
            showDetails(null);
        }
    }

    public Meeting selectedMeeting() {
        return agenda.getSelectionModel().getSelectedItem() instanceof AgendaRow.Item item ? item.meeting() : null;
    }

    public void select(String meetingId) {
        for (AgendaRow r : rows) {
            if (r instanceof AgendaRow.Item item && item.meeting().id().equals(meetingId)) {
                agenda.getSelectionModel().select(r);
                agenda.scrollTo(r);
                return;
            }
        }
    }

    /** Up to three names, then how many more, so a card stays readable at a glance. */
    private String names(List<Stakeholder> people) {
        String shown = people.stream().limit(3).map(Stakeholder::displayName).collect(Collectors.joining(", "));
        return people.size() <= 3 ? shown : shown + " " + ui.t("programme.more", people.size() - 3);
    }

    private void showDetails(Meeting m) {
        details.getChildren().clear();
        if (m == null || data == null) {
            Label hint = new Label(ui.t("programme.selectHint"));
            hint.getStyleClass().add("text-muted");
            hint.setWrapText(true);
            details.getChildren().add(hint);
            return;
        }
        Label title = new Label(m.title());
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        Label when = new Label(m.start() + "–" + m.end() + " · " + ui.i18n().label(m.format())
                + (m.place().isBlank() ? "" : " · " + m.place()));
        when.setWrapText(true);
        when.getStyleClass().add("text-muted");
        Label whoTitle = new Label(ui.t("meeting.attendees"));
        whoTitle.getStyleClass().add("title-4");
        VBox who = new VBox(2);
        List<Stakeholder> attendees = data.attendeesOf(m.id());
        if (attendees.isEmpty()) {
            Label none = new Label(ui.t("meeting.attendees.none"));
            none.getStyleClass().add("text-muted");
            who.getChildren().add(none);
        }
        for (Stakeholder s : attendees) {
            Label l = new Label("• " + s.displayName() + (s.role().isEmpty() ? "" : " — " + s.role()));
            l.setWrapText(true);
            who.getChildren().add(l);
        }
        Button notes = new Button(ui.t("programme.takeNotes"));
        notes.setId("takeNotes");
        notes.getStyleClass().add("accent");
        notes.setOnAction(e -> takeNotes.accept(m));
        Button edit = new Button(ui.t("action.edit"));
        edit.setId("meetingEdit");
        edit.setOnAction(e -> editMeeting(m));
        Button delete = new Button(ui.t("action.delete"));
        delete.setId("meetingDelete");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> deleteMeeting(m));
        HBox buttons = new HBox(8, notes, edit, delete);
        Label notesTitle = new Label(ui.t("programme.meetingNotes"));
        notesTitle.getStyleClass().add("title-4");
        ListView<Note> list = new ListView<>();
        list.setId("meetingNotes");
        list.setPrefHeight(260);
        list.setPlaceholder(new Label(ui.t("notes.none")));
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Note n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : ui.i18n().label(n.kind()) + " — " + preview(n.text()));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                Note n = list.getSelectionModel().getSelectedItem();
                ui.navigator().openNote(n.visitId(), n.meetingId(), n.id());
            }
        });
        details.getChildren().addAll(title, when, buttons, whoTitle, who, notesTitle, list);
        ui.background().call(() -> this.notes.forMeeting(m.id()), ns -> list.getItems().setAll(ns));
    }

    /** A note's first words as read, without its Markdown marks (**Concern:** shows as Concern:). */
    static String preview(String text) {
        return org.fieldbook.support.MarkdownText.preview(text, 140);
    }

    private void addMeeting() {
        if (data == null) {
            return;
        }
        Meeting sel = selectedMeeting();
        MeetingDialog.ask(getScene().getWindow(), ui.i18n(), data.visit(), data.directory(), null, List.of(),
                sel == null ? null : sel.day()).ifPresent(r -> save(r, null));
    }

    private void editMeeting(Meeting m) {
        MeetingDialog.ask(getScene().getWindow(), ui.i18n(), data.visit(), data.directory(), m, data.attendeesOf(m.id()), null)
                .ifPresent(r -> save(r, m));
    }

    private void save(MeetingDialog.Result r, Meeting existing) {
        ui.background().call(() -> visits.saveMeeting(r.meeting(), existing == null, r.newStakeholders(), r.attendees()), saved -> {
            selectWhenShown = saved.id();
            select(saved.id());
        });
    }

    private void deleteMeeting(Meeting m) {
        ui.background().exec(() -> meetings.delete(m.id(), m.revision()), () -> {
            ui.notifier().undoable(ui.t("meeting.deleted", m.title()), new UndoStack.Entry(m.title(), () -> {
                meetings.restore(m.id());
            }));
        });
    }
}
