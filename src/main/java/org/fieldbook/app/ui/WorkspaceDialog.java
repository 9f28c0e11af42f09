package org.fieldbook.app.ui;

import java.io.File;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.fieldbook.support.ui.I18n;
import org.fieldbook.support.ui.Theme;

/**
 * File ▸ Open workspace…: the workspace open now, and where to go: a folder (picked or typed) or the office's
 * PostgreSQL database ({@code postgresql://HOST/DB}, its password from ~/.pgpass or PGPASSFILE, else asked for and
 * kept in memory only).
 */
final class WorkspaceDialog extends Dialog<String> {
    private WorkspaceDialog(Window owner, I18n i18n, String current) {
        if (owner != null) {
            initOwner(owner);
        }
        Theme.apply(getDialogPane());
        setTitle(i18n.t("workspace.title"));
        setHeaderText(i18n.t("workspace.header"));
        getDialogPane().setId("workspaceDialog");
        // the workspace open now, in a read-only field (a path or address is data, selectable)
        TextField nowField = new TextField(current);
        nowField.setId("workspaceCurrent");
        nowField.setEditable(false);
        nowField.setAccessibleText(i18n.t("workspace.current"));
        VBox now = new VBox(4, new Label(i18n.t("workspace.current")), nowField);
        TextField address = new TextField();
        address.setId("workspaceAddress");
        address.setPromptText(i18n.t("workspace.prompt"));
        address.setAccessibleText(i18n.t("workspace.address"));
        address.setPrefColumnCount(36);
        Button browse = new Button(i18n.t("workspace.chooseFolder"));
        browse.setId("workspaceChooseFolder");
        browse.setMinWidth(Region.USE_PREF_SIZE);
        browse.setOnAction(e -> {
            DirectoryChooser d = new DirectoryChooser();
            d.setTitle(i18n.t("workspace.chooseFolder"));
            File f = d.showDialog(getDialogPane().getScene().getWindow());
            if (f != null) {
                address.setText(f.getAbsolutePath());
            }
        });
        HBox.setHgrow(address, Priority.ALWAYS);
        HBox row = new HBox(8, address, browse);
        Label hint = new Label(i18n.t("workspace.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.setMaxWidth(520);
        hint.getStyleClass().add("text-muted");
        VBox box = new VBox(10, now, new Label(i18n.t("workspace.address")), row, hint);
        box.setPadding(new Insets(10));
        getDialogPane().setContent(box);
        ButtonType open = new ButtonType(i18n.t("workspace.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.t("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(open, cancel);
        Button ok = (Button) getDialogPane().lookupButton(open);
        ok.setId("workspaceOpen");
        ok.disableProperty().bind(address.textProperty().isEmpty());
        setResultConverter(b -> b == open ? address.getText().strip() : null);
        setOnShown(e -> address.requestFocus());
    }

    /** What the person chose (a folder or an address), empty when cancelled. */
    static Optional<String> ask(Window owner, I18n i18n, String current) {
        return new WorkspaceDialog(owner, i18n, current).showAndWait().filter(a -> !a.isBlank());
    }

    /** The office database's password, asked when the server wants one and no password file gives it; never stored. */
    static Optional<char[]> askPassword(Window owner, I18n i18n) {
        Dialog<char[]> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        Theme.apply(d.getDialogPane());
        d.setTitle(i18n.t("workspace.title"));
        d.setHeaderText(i18n.t("workspace.password"));
        PasswordField field = new PasswordField();
        field.setId("workspacePassword");
        field.setAccessibleText(i18n.t("workspace.password"));
        d.getDialogPane().setContent(field);
        ButtonType ok = new ButtonType(i18n.t("workspace.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.t("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().addAll(ok, cancel);
        d.setResultConverter(b -> b == ok ? field.getText().toCharArray() : null);
        d.setOnShown(e -> field.requestFocus());
        Optional<char[]> answer = d.showAndWait();
        field.clear();
        return answer;
    }
}
