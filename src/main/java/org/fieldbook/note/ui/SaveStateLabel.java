package org.fieldbook.note.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.fieldbook.support.ui.I18n;

/** "New note" / "Saving…" / "Saved ✓" / "Not saved: why", following the editor model. */
final class SaveStateLabel extends Label {
    private final I18n i18n;
    private final NoteEditorModel model;

    SaveStateLabel(I18n i18n, NoteEditorModel model) {
        this.i18n = i18n;
        this.model = model;
        setId("saveState");
        getStyleClass().add("save-state");
        setMinWidth(Region.USE_PREF_SIZE);
        model.stateProperty().addListener((o, a, s) -> show());
        model.errorProperty().addListener((o, a, s) -> show());
        show();
    }

    private void show() {
        getStyleClass().removeAll("success", "warning", "danger", "text-muted");
        if (!model.errorProperty().get().isEmpty()) {
            // a note the store refused (this one or one written before) is not saved yet, whatever this one's state
            setText(i18n.t("save.failed", model.errorProperty().get()));
            getStyleClass().add("danger");
            return;
        }
        switch (model.stateProperty().get()) {
            case EMPTY -> {
                setText(i18n.t("save.empty"));
                getStyleClass().add("text-muted");
            }
            case PENDING, SAVING -> {
                setText(i18n.t("save.saving"));
                getStyleClass().add("warning");
            }
            case SAVED -> {
                setText(i18n.t("save.saved"));
                getStyleClass().add("success");
            }
            case FAILED -> {
                setText(i18n.t("save.failed", model.errorProperty().get()));
                getStyleClass().add("danger");
            }
        }
    }
}
