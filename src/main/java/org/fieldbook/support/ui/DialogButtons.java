package org.fieldbook.support.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/** The buttons Fieldbook's dialogs share: Save and Cancel in the reader's language, and a careful confirmation. */
public final class DialogButtons {
    private DialogButtons() {
    }

    /** Adds Save (OK) and Cancel to {@code pane}; returns the Save button, given {@code saveId}. */
    public static Button saveCancel(DialogPane pane, I18n i18n, String saveId) {
        ButtonType save = new ButtonType(i18n.t("action.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.t("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().addAll(save, cancel);
        Button ok = (Button) pane.lookupButton(save);
        ok.setId(saveId);
        return ok;
    }

    /**
     * Asks before something a person may regret; Enter means Cancel, so only the button labelled {@code act}
     * (given {@code actId}) goes ahead. True when it was chosen.
     */
    public static boolean confirm(Window owner, I18n i18n, String title, String header, String text, String act, String actId) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(owner);
        Theme.apply(ask.getDialogPane());
        ask.setTitle(title);
        ask.setHeaderText(header);
        ask.setContentText(text);
        ButtonType go = new ButtonType(act, ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(i18n.t("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ask.getButtonTypes().setAll(go, keep);
        Button goButton = (Button) ask.getDialogPane().lookupButton(go);
        goButton.setId(actId);
        goButton.setDefaultButton(false);
        ((Button) ask.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return ask.showAndWait().orElse(keep) == go;
    }
}
