package org.fieldbook.note.ui;

import org.fieldbook.note.Note;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fieldbook.support.ui.I18n;
import org.fieldbook.support.ui.ItemCell;

/** A note in the list beside the editor: its kind as a small badge and the start of its text. */
final class NoteCell extends ItemCell<Note> {
    private final I18n i18n;

    NoteCell(I18n i18n) {
        this.i18n = i18n;
    }

    @Override
    protected void show(Note n) {
        Label kind = new Label(i18n.label(n.kind()));
        kind.getStyleClass().addAll("kind-badge", "kind-" + n.kind().id());
        Label areas = new Label(n.areas().isEmpty() ? "" : i18n.t("notes.areaCount", n.areas().size()));
        areas.getStyleClass().addAll("text-muted", "text-small");
        HBox top = new HBox(8, kind, areas);
        top.setAlignment(Pos.CENTER_LEFT);
        String t = org.fieldbook.support.MarkdownText.preview(n.text(), 160);
        Label text = new Label(t.isEmpty() ? i18n.t("notes.untitled") : t);
        text.setWrapText(false);
        text.setMinHeight(Label.USE_PREF_SIZE);
        kind.setMinHeight(Label.USE_PREF_SIZE);
        if (t.isEmpty()) {
            text.getStyleClass().add("text-muted");
        }
        VBox box = new VBox(3, top, text);
        box.setMinWidth(0);
        box.setPadding(new javafx.geometry.Insets(3, 0, 3, 0));
        setAccessibleText(i18n.t("a11y.noteCard", i18n.label(n.kind()), text.getText(), areas.getText()));
        setGraphic(box);
    }
}
