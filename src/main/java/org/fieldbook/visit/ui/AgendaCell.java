package org.fieldbook.visit.ui;

import org.fieldbook.visit.Meeting;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fieldbook.support.ui.I18n;

/** Draws an agenda line: a day heading, or a meeting card with its time, title, place, format and attendees. */
final class AgendaCell extends ListCell<AgendaRow> {
    private final I18n i18n;

    AgendaCell(I18n i18n) {
        this.i18n = i18n;
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(AgendaRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll("agenda-day-cell", "agenda-item-cell");
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            setDisable(false);
            return;
        }
        if (row instanceof AgendaRow.Day d) {
            getStyleClass().add("agenda-day-cell");
            Label title = new Label(i18n.t("programme.day", d.number(), i18n.day(d.day())));
            title.getStyleClass().add("agenda-day");
            Label count = new Label(i18n.t("programme.dayCount", d.meetings()));
            count.getStyleClass().add("text-muted");
            setGraphic(TitleBar.of(title, count, Pos.BASELINE_LEFT, new Insets(10, 4, 2, 4)));
            return;
        }
        AgendaRow.Item item = (AgendaRow.Item) row;
        Meeting m = item.meeting();
        getStyleClass().add("agenda-item-cell");
        Label time = new Label(m.start() + "–" + m.end());
        time.getStyleClass().add("agenda-time");
        time.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label(m.title());
        title.getStyleClass().add("agenda-title");
        title.setWrapText(true);
        Label where = new Label(join(i18n.label(m.format()), m.place()));
        where.getStyleClass().add("text-muted");
        where.setWrapText(true);
        VBox text = new VBox(2, title, where);
        if (!item.attendees().isEmpty()) {
            Label who = new Label(item.attendees());
            who.getStyleClass().addAll("text-small", "agenda-attendees");
            who.setWrapText(true);
            text.getChildren().add(who);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        // wrap long titles: give the text column the cell's width minus the time and the note count
        text.prefWidthProperty().bind(widthProperty().subtract(200));
        text.maxWidthProperty().bind(text.prefWidthProperty());
        for (javafx.scene.Node n : text.getChildren()) {
            ((Label) n).setMinHeight(Region.USE_PREF_SIZE);
        }
        Label notes = new Label(item.notes() == 0 ? "" : i18n.t("programme.notes", item.notes()));
        notes.getStyleClass().add("agenda-notes");
        notes.setMinWidth(Region.USE_PREF_SIZE);
        HBox card = new HBox(14, time, text, notes);
        card.getStyleClass().add("agenda-card");
        setAccessibleText(i18n.t("a11y.agendaCard", time.getText(), m.title(), where.getText(),
                item.attendees().isEmpty() ? "" : item.attendees(), notes.getText()));
        card.setAlignment(Pos.TOP_LEFT);
        setGraphic(card);
    }

    private static String join(String a, String b) {
        return b == null || b.isBlank() ? a : a + " · " + b;
    }
}
