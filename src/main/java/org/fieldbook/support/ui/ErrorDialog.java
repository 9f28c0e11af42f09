package org.fieldbook.support.ui;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The calm message after an unexpected error: what happened in plain words, where the report was written, and a
 * button that opens the logs folder to send it to support. The work saved so far is safe; the app keeps running.
 * One instance per window (or per application before the window is up) shows one message at a time.
 */
public final class ErrorDialog {
    /** FX thread only. */
    private boolean showing;

    /** Shows the message (once at a time: errors that repeat while it is open are only written to reports). */
    public void show(Window owner, I18n i18n, Path report, Path logsFolder, UiContext.FileOpener files) {
        if (showing) {
            return;
        }
        showing = true;
        try {
            ButtonType openLogs = new ButtonType(i18n.t("errorReport.openLogs"), ButtonBar.ButtonData.LEFT);
            ButtonType ok = new ButtonType(i18n.t("errorReport.ok"), ButtonBar.ButtonData.OK_DONE);
            Alert alert = new Alert(Alert.AlertType.ERROR, "", openLogs, ok);
            if (owner != null && owner.isShowing()) {
                alert.initOwner(owner);
            }
            Theme.apply(alert.getDialogPane());
            alert.getDialogPane().setId("errorReportDialog");
            alert.setTitle(i18n.t("errorReport.title"));
            alert.setHeaderText(i18n.t("errorReport.header"));
            alert.setContentText(report == null ? i18n.t("errorReport.noFile")
                    : i18n.t("errorReport.text", report.toString()));
            alert.getDialogPane().setPrefWidth(520);
            alert.showAndWait().filter(b -> b == openLogs).ifPresent(b -> files.open(logsFolder));
        } finally {
            showing = false;
        }
    }
}
