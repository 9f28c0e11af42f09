package org.fieldbook.support.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.control.DialogPane;

/**
 * Fieldbook's look: the AtlantaFX Primer theme (light or dark, switched live for every open window) plus
 * fieldbook.css, for scenes and dialogs that do not inherit it from the main window.
 */
public final class Theme {
    public static final String CSS = Theme.class.getResource("fieldbook.css").toExternalForm();

    private static final AtomicBoolean INSTALLED = new AtomicBoolean();
    private static final AtomicReference<org.fieldbook.support.Theme> CURRENT =
            new AtomicReference<>(org.fieldbook.support.Theme.LIGHT);

    private Theme() {
    }

    /** Sets the light theme for the whole application unless a theme was already chosen (once is enough). */
    public static void install() {
        if (!INSTALLED.getAndSet(true)) {
            use(CURRENT.get());
        }
    }

    /** Switches every window of the application to {@code theme} at once. */
    public static void use(org.fieldbook.support.Theme theme) {
        INSTALLED.set(true);
        CURRENT.set(theme);
        Application.setUserAgentStylesheet(theme == org.fieldbook.support.Theme.DARK
                ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
                : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    }

    public static org.fieldbook.support.Theme current() {
        return CURRENT.get();
    }

    public static void apply(DialogPane pane) {
        pane.getStylesheets().add(CSS);
    }
}
