package org.fieldbook.note.ui;

import org.fieldbook.attachment.AttachmentRepository;
import org.fieldbook.attachment.Attachment;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.fieldbook.support.ui.UiContext;

/**
 * The attachments of the note being edited: thumbnails for images, a file chip for anything else (opened
 * with the system viewer), an "Attach file…" button, and a drop zone for files dragged from the desktop.
 */
public final class AttachmentStrip extends VBox {
    private final UiContext ui;
    private final AttachmentRepository attachments;
    private final FlowPane items = new FlowPane(8, 8);
    private final Supplier<String> noteId;
    private final Runnable beforeAttach;

    /** {@code noteId} gives the id of the note being edited; {@code beforeAttach} makes sure it is saved first. */
    public AttachmentStrip(UiContext ui, AttachmentRepository attachments, Supplier<String> noteId, Runnable beforeAttach) {
        this.attachments = attachments;
        this.ui = ui;
        this.noteId = noteId;
        this.beforeAttach = beforeAttach;
        setId("attachmentStrip");
        getStyleClass().add("attachment-strip");
        setSpacing(6);
        Button attach = new Button(ui.t("attachment.add"));
        attach.setId("attachFile");
        attach.getStyleClass().add("small");
        attach.setOnAction(e -> choose());
        Label hint = new Label(ui.t("attachment.drop"));
        hint.getStyleClass().addAll("text-muted", "text-small");
        HBox bar = new HBox(10, attach, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(bar, items);
        setOnDragOver(this::dragOver);
        setOnDragExited(e -> getStyleClass().remove("drop-target"));
        setOnDragDropped(this::dropped);
    }

    /** Shows the attachments of a note (or none for a new one). */
    public void show(String id) {
        items.getChildren().clear();
        if (id == null) {
            return;
        }
        ui.background().call(() -> attachments.forNote(id), list -> {
            if (id.equals(noteId.get())) {
                items.getChildren().clear();
                list.forEach(this::addItem);
            }
        });
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ui.t("attachment.choose"));
        List<File> files = chooser.showOpenMultipleDialog(getScene().getWindow());
        if (files != null) {
            attach(files.stream().map(File::toPath).toList());
        }
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
            if (!getStyleClass().contains("drop-target")) {
                getStyleClass().add("drop-target");
            }
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        boolean ok = e.getDragboard().hasFiles();
        if (ok) {
            attach(e.getDragboard().getFiles().stream().map(File::toPath).toList());
        }
        e.setDropCompleted(ok);
        e.consume();
    }

    /** Copies the files into the workspace and attaches them to the current note. */
    public void attach(List<Path> files) {
        beforeAttach.run();
        String id = noteId.get();
        ui.background().call(() -> files.stream().filter(Files::isRegularFile)
                .map(f -> attachments.attach(id, f)).toList(), added -> {
            if (id.equals(noteId.get())) {
                added.forEach(this::addItem);
            }
            ui.notifier().info(ui.t("attachment.added", added.size()));
        }, err -> ui.notifier().error(ui.t("attachment.failed", err.getMessage())));
    }

    private void addItem(Attachment a) {
        // where the file is read off the FX thread: on the office database this fetches and checks the content
        Button b = new Button();
        b.getStyleClass().addAll("attachment-item", "flat");
        b.setTooltip(new Tooltip(a.fileName()));
        if (a.isImage()) {
            ImageView view = new ImageView();
            view.setFitWidth(96);
            view.setFitHeight(72);
            view.setPreserveRatio(true);
            ui.background().call(() -> attachments.files().pathOf(a.sha256()),
                    file -> view.setImage(new Image(file.toUri().toString(), 96, 72, true, true, true)),
                    err -> ui.notifier().error(ui.t("attachment.failed", err.getMessage())));
            Label name = new Label(a.fileName());
            name.getStyleClass().add("text-small");
            name.setMaxWidth(96);
            b.setGraphic(new VBox(2, view, name));
        } else {
            b.setText(a.fileName());
        }
        b.setOnAction(e -> ui.background().call(() -> {
            Path copy = Files.createTempDirectory("fieldbook-open-").resolve(a.fileName());
            Files.copy(attachments.files().pathOf(a.sha256()), copy);
            copy.toFile().deleteOnExit();
            return copy;
        }, copy -> ui.files().open(copy), err -> ui.notifier().error(ui.t("attachment.failed", err.getMessage()))));
        items.getChildren().add(b);
    }
}
