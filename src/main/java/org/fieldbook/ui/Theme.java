package org.fieldbook.ui;

import javafx.scene.control.DialogPane;

/** Fieldbook's stylesheet, for scenes and dialogs that do not inherit it from the main window. */
public final class Theme {
    public static final String CSS = Theme.class.getResource("fieldbook.css").toExternalForm();

    private static final java.util.concurrent.atomic.AtomicBoolean INSTALLED = new java.util.concurrent.atomic.AtomicBoolean();

    private Theme() {
    }

    /** Sets the AtlantaFX Primer Light theme for the whole application (once is enough). */
    public static void install() {
        if (!INSTALLED.getAndSet(true)) {
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        }
    }

    public static void apply(DialogPane pane) {
        pane.getStylesheets().add(CSS);
    }
}
