package org.fieldbook.support.ui;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/** A calm bar at the bottom of the window: a message, maybe an Undo button, gone after a few seconds. */
public final class NotificationBar extends HBox implements Notifier {
    private final Label message = new Label();
    private final Button undoButton = new Button();
    private final Button close = new Button("×");
    private final PauseTransition hide = new PauseTransition(Duration.seconds(8));
    private final UndoStack undo;
    private final Background background;
    private UndoStack.Entry shownEntry;

    public NotificationBar(I18n i18n, UndoStack undo, Background background) {
        this.undo = undo;
        this.background = background;
        setId("notificationBar");
        getStyleClass().add("notification-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        message.setId("notificationMessage");
        message.setWrapText(true);
        undoButton.setText(i18n.t("action.undo"));
        undoButton.setId("undoButton");
        undoButton.getStyleClass().addAll("accent", "small");
        undoButton.setOnAction(e -> undoShown());
        close.getStyleClass().addAll("flat", "small");
        close.setId("notificationClose");
        close.setAccessibleText(i18n.t("a11y.dismiss"));
        close.setTooltip(new javafx.scene.control.Tooltip(i18n.t("a11y.dismiss")));
        message.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        close.setOnAction(e -> dismiss());
        Region grow = Rows.grow();
        getChildren().addAll(message, grow, undoButton, close);
        hide.setOnFinished(e -> dismiss());
        dismiss();
    }

    @Override
    public void info(String text) {
        show(text, null, false);
    }

    @Override
    public void error(String text) {
        show(text, null, true);
    }

    @Override
    public void undoable(String text, UndoStack.Entry entry) {
        undo.push(entry);
        show(text, entry, false);
    }

    /** Undoes the most recent deletion (Ctrl+Z). */
    public void undoLast() {
        UndoStack.Entry e = undo.pop();
        if (e != null) {
            background.exec(e.undo(), null);
            if (e == shownEntry) {
                dismiss();
            }
        }
    }

    private void undoShown() {
        if (shownEntry != null) {
            UndoStack.Entry e = shownEntry;
            undo.remove(e);
            background.exec(e.undo(), null);
        }
        dismiss();
    }

    private void show(String text, UndoStack.Entry entry, boolean isError) {
        shownEntry = entry;
        message.setText(text);
        undoButton.setVisible(entry != null);
        undoButton.setManaged(entry != null);
        getStyleClass().remove("error");
        if (isError) {
            getStyleClass().add("error");
        }
        setVisible(true);
        setManaged(true);
        hide.stop();
        hide.setDuration(Duration.seconds(isError ? 15 : 8));
        hide.playFromStart();
    }

    private void dismiss() {
        shownEntry = null;
        setVisible(false);
        setManaged(false);
    }
}
