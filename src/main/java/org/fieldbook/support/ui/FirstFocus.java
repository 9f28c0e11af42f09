package org.fieldbook.support.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Dialog;

/**
 * Puts the keyboard in a dialog's first field when it opens. A plain requestFocus in onShown loses to the dialog's
 * own focus on its default button, which runs just after; this asks again once the dialog has settled.
 */
public final class FirstFocus {
    private FirstFocus() {
    }

    public static void on(Dialog<?> dialog, java.util.function.Supplier<Node> field) {
        dialog.setOnShown(e -> {
            field.get().requestFocus();
            Platform.runLater(() -> field.get().requestFocus());
        });
    }
}
