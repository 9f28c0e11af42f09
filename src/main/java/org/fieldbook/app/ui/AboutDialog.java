package org.fieldbook.app.ui;

import org.fieldbook.support.ui.I18n;
import org.fieldbook.support.ui.Tables;
import org.fieldbook.support.ui.Theme;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.fieldbook.support.AboutInfo;
import org.fieldbook.support.DependencyLicence;

/** About Fieldbook: the version, where the workspace and its logs are, and every shipped library with its licence. */
public final class AboutDialog extends Dialog<Void> {
    public AboutDialog(Window owner, I18n i18n, AboutInfo info, java.nio.file.Path workspace) {
        if (owner != null) {
            initOwner(owner);
        }
        Theme.apply(getDialogPane());
        setTitle(i18n.t("about.title"));
        setHeaderText(i18n.t("about.header", org.fieldbook.support.AboutInfo.DEVELOPMENT_VERSION.equals(info.version())
                ? i18n.t("about.devBuild") : info.version()));
        Label what = new Label(i18n.t("about.text"));
        what.setWrapText(true);
        Label where = new Label(i18n.t("about.workspace", workspace == null ? "" : workspace.toString()));
        where.setId("aboutWorkspace");
        where.setWrapText(true);
        where.getStyleClass().add("text-muted");
        Label libraries = new Label(i18n.t("about.libraries"));
        libraries.getStyleClass().add("title-4");
        TableView<DependencyLicence> table = new TableView<>();
        table.setId("aboutLicences");
        table.setAccessibleText(i18n.t("about.libraries"));
        table.getItems().setAll(info.dependencies());
        table.getColumns().add(Tables.textColumn(i18n.t("about.col.name"), DependencyLicence::name, 160));
        table.getColumns().add(Tables.textColumn(i18n.t("about.col.version"), DependencyLicence::version, 100));
        table.getColumns().add(Tables.textColumn(i18n.t("about.col.licence"), DependencyLicence::licence, 170));
        table.getColumns().add(Tables.textColumn(i18n.t("about.col.url"), DependencyLicence::url, 220));
        table.setPrefHeight(260);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox box = new VBox(10, what, where, libraries, table);
        box.setPrefWidth(680);
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().add(new ButtonType(i18n.t("shortcuts.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
    }
}
