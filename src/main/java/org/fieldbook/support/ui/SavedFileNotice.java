package org.fieldbook.support.ui;

import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.fieldbook.support.Texts;

/**
 * "profile.docx saved in /home/ana/Documents" with Open and Show in folder: what a view shows once an export is written
 * (hidden until then). Bind {@link #fileProperty()} to the view model's last written file.
 */
public final class SavedFileNotice extends HBox {
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();

    public SavedFileNotice(Texts windowTexts, Exports exports) {
        super(8);
        setId("savedFile");
        setAlignment(Pos.CENTER_LEFT);
        Label where = new Label();
        where.setId("savedFileWhere");
        where.setMinWidth(0);
        HBox.setHgrow(where, Priority.ALWAYS);
        Button open = new Button(windowTexts.get("saved.open"));
        open.setId("savedFileOpen");
        open.setOnAction(e -> exports.open(file.get()));
        Button show = new Button(windowTexts.get("saved.showInFolder"));
        show.setId("savedFileShow");
        show.setOnAction(e -> exports.showInFolder(file.get()));
        getChildren().addAll(where, open, show);
        file.addListener((o, was, now) -> {
            boolean shown = now != null;
            setVisible(shown);
            setManaged(shown);
            if (shown) {
                Path parent = now.toAbsolutePath().getParent();
                where.setText(windowTexts.format("saved.where", now.getFileName().toString(), parent == null ? "" : parent.toString()));
                where.setAccessibleText(where.getText());
            }
        });
        setVisible(false);
        setManaged(false);
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }
}
