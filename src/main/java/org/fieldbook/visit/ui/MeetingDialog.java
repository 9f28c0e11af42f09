package org.fieldbook.visit.ui;

import org.fieldbook.visit.Meeting;
import org.fieldbook.visit.MeetingForm;
import org.fieldbook.visit.MeetingFormat;
import org.fieldbook.visit.Visit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.fieldbook.stakeholder.Stakeholder;
import org.fieldbook.stakeholder.StakeholderCategory;
import org.fieldbook.store.Tracker;
import org.fieldbook.support.ui.Converters;
import org.fieldbook.support.ui.FormGrid;
import org.fieldbook.support.ui.I18n;

/**
 * Add or edit a meeting: day, times, title, place, format, and attendees ticked in a searchable list of the
 * directory or added inline (a new directory entry is created when the meeting is saved).
 */
public final class MeetingDialog extends Dialog<MeetingDialog.Result> {
    /** The meeting, the attendees ticked, and the people added inline (to create in the directory). */
    public record Result(Meeting meeting, List<Stakeholder> attendees, List<Stakeholder> newStakeholders) {
    }

    private final ComboBox<LocalDate> day = new ComboBox<>();
    private final TextField start = VisitDialog.field("meetingStart");
    private final TextField end = VisitDialog.field("meetingEnd");
    private final TextField title = VisitDialog.field("meetingTitle");
    private final TextField place = VisitDialog.field("meetingPlace");
    private final ComboBox<MeetingFormat> format = new ComboBox<>(FXCollections.observableArrayList(MeetingFormat.values()));
    private final ObservableList<Stakeholder> people = FXCollections.observableArrayList();
    private final Set<String> ticked = new HashSet<>();
    private final List<Stakeholder> added = new ArrayList<>();
    private final Label tickedCount = new Label();
    private final I18n i18n;

    public MeetingDialog(Window owner, I18n i18n, Visit visit, List<Stakeholder> directory, Meeting existing,
                         List<Stakeholder> currentAttendees, LocalDate preferredDay) {
        this.i18n = i18n;
        initOwner(owner);
        org.fieldbook.support.ui.Theme.apply(getDialogPane());
        setResizable(true);
        setTitle(i18n.t(existing == null ? "meeting.new.title" : "meeting.edit.title"));
        setHeaderText(null);
        day.setItems(FXCollections.observableArrayList(visit.days()));
        day.setId("meetingDay");
        day.setMaxWidth(Double.MAX_VALUE);
        day.setConverter(Converters.showing(i18n::day));
        format.setId("meetingFormat");
        format.setConverter(i18n.labels());
        start.setPromptText("09:00");
        end.setPromptText("10:00");
        start.setPrefColumnCount(6);
        end.setPrefColumnCount(6);
        HBox times = new HBox(8, start, new Label("–"), end);
        times.setAlignment(Pos.CENTER_LEFT);

        people.setAll(directory);
        currentAttendees.forEach(s -> ticked.add(s.id()));
        FilteredList<Stakeholder> shown = new FilteredList<>(people, s -> true);
        TextField filter = VisitDialog.field("attendeeFilter");
        filter.setPromptText(i18n.t("meeting.attendees.filter"));
        filter.textProperty().addListener((o, a, b) -> {
            String q = b.toLowerCase(Locale.ROOT).trim();
            shown.setPredicate(s -> q.isEmpty() || s.displayName().toLowerCase(Locale.ROOT).contains(q)
                    || s.role().toLowerCase(Locale.ROOT).contains(q));
        });
        ListView<Stakeholder> list = new ListView<>(shown);
        list.setId("attendeeList");
        list.setPrefHeight(190);
        list.setPlaceholder(new Label(i18n.t("meeting.attendees.none")));
        list.setCellFactory(CheckBoxListCell.forListView(s -> {
            var prop = new javafx.beans.property.SimpleBooleanProperty(ticked.contains(s.id()));
            prop.addListener((o, a, b) -> {
                if (b) {
                    ticked.add(s.id());
                } else {
                    ticked.remove(s.id());
                }
                updateCount();
            });
            return prop;
        }, Converters.showing(s -> s.displayName() + (s.role().isEmpty() ? "" : " — " + s.role()))));
        TextField newPerson = VisitDialog.field("newAttendeePerson");
        newPerson.setPromptText(i18n.t("stakeholder.person"));
        TextField newOrg = VisitDialog.field("newAttendeeOrganisation");
        newOrg.setPromptText(i18n.t("stakeholder.organisation"));
        Button addPerson = new Button(i18n.t("meeting.attendees.add"));
        addPerson.setId("newAttendeeAdd");
        addPerson.disableProperty().bind(newPerson.textProperty().isEmpty().and(newOrg.textProperty().isEmpty()));
        addPerson.setOnAction(e -> {
            Stakeholder s = new Stakeholder(Tracker.newId(), visit.cityId(), newPerson.getText(), newOrg.getText(), "",
                    StakeholderCategory.OTHER, "", "", false);
            added.add(s);
            people.add(0, s);
            ticked.add(s.id());
            filter.clear();
            newPerson.clear();
            newOrg.clear();
            list.refresh();
            updateCount();
            newPerson.requestFocus();
        });
        HBox.setHgrow(newPerson, Priority.ALWAYS);
        HBox.setHgrow(newOrg, Priority.ALWAYS);
        HBox inline = new HBox(6, newPerson, newOrg, addPerson);
        Label inlineHint = new Label(i18n.t("meeting.attendees.inline"));
        inlineHint.getStyleClass().add("text-muted");
        tickedCount.getStyleClass().add("text-muted");
        VBox attendees = new VBox(6, filter, list, tickedCount, inlineHint, inline);

        FormGrid form = new FormGrid();
        form.add("day", i18n.t("meeting.day"), day);
        form.add("start", i18n.t("meeting.time"), times);
        form.add("title", i18n.t("meeting.title"), title);
        form.add("place", i18n.t("meeting.place"), place);
        form.add("format", i18n.t("meeting.format"), format);
        form.add("attendees", i18n.t("meeting.attendees"), attendees);
        form.setPrefWidth(600);
        getDialogPane().setContent(form);
        Button ok = org.fieldbook.support.ui.DialogButtons.saveCancel(getDialogPane(), i18n, "meetingSave");
        String id = existing == null ? null : existing.id();
        form.checkOnLeave(() -> {
            java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
            form(id, visit.id()).validate().errors().forEach((f, key) -> out.putIfAbsent("end".equals(f) ? "start" : f, i18n.t(key)));
            return out;
        });
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            MeetingForm.Result r = form(id, visit.id()).validate();
            form.clearErrors();
            r.errors().forEach((f, key) -> form.setError("end".equals(f) ? "start" : f, i18n.t(key)));
            if (!r.ok()) {
                e.consume();
            }
        });
        setResultConverter(b -> {
            if (b == null || b.getButtonData() != ButtonBar.ButtonData.OK_DONE) {
                return null;
            }
            MeetingForm.Result r = form(id, visit.id()).validate();
            List<Stakeholder> chosen = people.stream().filter(s -> ticked.contains(s.id())).toList();
            List<Stakeholder> created = added.stream().filter(s -> ticked.contains(s.id())).toList();
            // an edit starts from the version the dialog loaded
            return new Result(existing == null ? r.meeting() : r.meeting().withRevision(existing.revision()), chosen, created);
        });
        if (existing != null) {
            day.setValue(existing.day());
            start.setText(existing.start().toString());
            end.setText(existing.end().toString());
            title.setText(existing.title());
            place.setText(existing.place());
            format.setValue(existing.format());
        } else {
            day.setValue(preferredDay != null && visit.days().contains(preferredDay) ? preferredDay : visit.start());
            format.setValue(MeetingFormat.MEETING);
        }
        updateCount();
        org.fieldbook.support.ui.FirstFocus.on(this, () -> existing == null ? start : title);
    }

    private void updateCount() {
        tickedCount.setText(i18n.t("meeting.attendees.count", ticked.size()));
    }

    private MeetingForm form(String id, String visitId) {
        return new MeetingForm(id, visitId, day.getValue(), start.getText(), end.getText(), title.getText(), place.getText(),
                format.getValue());
    }

    public static Optional<Result> ask(Window owner, I18n i18n, Visit visit, List<Stakeholder> directory, Meeting existing,
                                       List<Stakeholder> attendees, LocalDate preferredDay) {
        return new MeetingDialog(owner, i18n, visit, directory, existing, attendees, preferredDay).showAndWait();
    }
}
