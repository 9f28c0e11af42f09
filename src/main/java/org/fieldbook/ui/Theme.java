package org.fieldbook.ui;

import javafx.scene.control.DialogPane;

/** Fieldbook's stylesheet, for scenes and dialogs that do not inherit it from the main window. */
public final class Theme {
    public static final String CSS = Theme.class.getResource("fieldbook.css").toExternalForm();

    private Theme() {
    }

    public static void apply(DialogPane pane) {
        pane.getStylesheets().add(CSS);
    }
}
