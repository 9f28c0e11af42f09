package org.fieldbook.sync.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.fieldbook.support.Texts;
import org.fieldbook.support.ui.Background;
import org.fieldbook.sync.SyncService;
import org.fieldbook.sync.crypto.PublicKeyCard;

/**
 * The keys, in the window (Settings): this workspace's fingerprint (to read out by phone) with a button that saves its
 * public key file, and the office's key: its fingerprint, or that none is loaded, with a button that loads the office's
 * key file so bundles to the office are encrypted. Work runs on the window's runner; a refused file is said in words
 * and changes nothing.
 */
public final class KeysPane extends VBox {
    private final SyncService sync;
    private final Background runner;
    private final Texts t;
    private final ReadOnlyStringWrapper own = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper office = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final Label statusLabel = new Label();
    private final org.fieldbook.support.ui.Exports exports;
    /** The public key file written last: where it is, with Open and Show in folder. */
    private final org.fieldbook.support.ui.SavedFileNotice saved;
    /** Chooses a file to read (the office key) or to write (this workspace's key); tests replace it. */
    private FilePicker picker = new SystemFilePicker();

    /** Asks for a file; null when the person cancels. */
    public interface FilePicker {
        Path open(javafx.stage.Window owner, String title);

        Path save(javafx.stage.Window owner, String title, String suggestedName);
    }

    public KeysPane(SyncService sync, Background runner, Texts texts) {
        this(sync, runner, texts, null);
    }

    /**
     * As above; the public key file is saved from {@code exports}' folder (the window's export folder; null: kept in
     * memory) and, once written, said where it is with Open and Show in folder.
     */
    public KeysPane(SyncService sync, Background runner, Texts texts, org.fieldbook.support.ui.Exports exports) {
        super(6);
        this.exports = exports != null ? exports : org.fieldbook.support.ui.Exports.inMemory();
        this.saved = new org.fieldbook.support.ui.SavedFileNotice(Texts.of(Texts.WINDOW, texts.locale()), this.exports);
        this.sync = sync;
        this.runner = runner;
        this.t = texts;
        setId("keysPane");
        Label title = new Label(t.get("keys.title"));
        title.getStyleClass().add("form-section");
        TextArea ownField = field("keysOwnFingerprint", t.get("keys.own"));
        ownField.textProperty().bind(own);
        Button export = new Button(t.get("keys.export"));
        export.setId("keysExport");
        export.setOnAction(e -> exportOwn());
        TextArea officeField = field("keysOfficeFingerprint", t.get("keys.office"));
        officeField.textProperty().bind(office);
        Label none = new Label(t.get("keys.office.none"));
        none.setId("keysOfficeNone");
        none.setWrapText(true);
        none.setMinHeight(Region.USE_PREF_SIZE);
        none.getStyleClass().add("text-muted");
        none.visibleProperty().bind(office.isEmpty());
        none.managedProperty().bind(none.visibleProperty());
        officeField.visibleProperty().bind(office.isNotEmpty());
        officeField.managedProperty().bind(officeField.visibleProperty());
        Button load = new Button(t.get("keys.importOffice"));
        load.setId("keysImportOffice");
        load.setOnAction(e -> loadOffice());
        Label hint = new Label(t.get("keys.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("text-muted");
        statusLabel.setId("keysStatus");
        statusLabel.setWrapText(true);
        statusLabel.setMinHeight(Region.USE_PREF_SIZE);
        statusLabel.textProperty().bind(status);
        getChildren().addAll(title, row(t.get("keys.own"), ownField, export), row(t.get("keys.office"), new VBox(officeField, none), load),
                hint, statusLabel, saved);
        refresh();
    }

    /** For tests: where files are chosen. */
    public void setFilePicker(FilePicker picker) {
        this.picker = picker;
    }

    public ReadOnlyStringProperty ownFingerprintProperty() {
        return own.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty officeFingerprintProperty() {
        return office.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    private void refresh() {
        runner.call(() -> new String[] {sync.publicKey().fingerprint(),
                        sync.officeKey().map(PublicKeyCard::fingerprint).orElse("")},
                keys -> {
                    own.set(keys[0]);
                    office.set(keys[1]);
                }, this::failed);
    }

    private void loadOffice() {
        Path file = picker.open(getScene() == null ? null : getScene().getWindow(), t.get("keys.importOffice.title"));
        if (file == null) {
            return;
        }
        status.set(t.get("keys.working"));
        runner.call(() -> sync.importOfficeKey(file), card -> {
            office.set(card.fingerprint());
            status.set(t.format("keys.imported", card.fingerprint(), card.label().isBlank() ? t.get("keys.office.unnamed") : card.label()));
            statusLabel.getStyleClass().remove("text-danger");
        }, this::failed);
    }

    private void exportOwn() {
        Path file = picker.save(getScene() == null ? null : getScene().getWindow(), t.get("keys.export.title"), "fieldbook-key.json");
        if (file == null) {
            return;
        }
        saved.fileProperty().set(null);
        runner.call(() -> {
            PublicKeyCard card = sync.publicKey();
            Files.writeString(file, card.toJson());
            return card;
        }, card -> {
            status.set(t.format("keys.exported", file.getFileName().toString(), card.fingerprint()));
            saved.fileProperty().set(file);
            statusLabel.getStyleClass().remove("text-danger");
        }, this::failed);
    }

    private void failed(Throwable e) {
        Throwable cause = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String reason = cause instanceof java.io.IOException io ? t.format("keys.io", String.valueOf(io.getMessage())) : t.problem(cause);
        status.set(t.format("keys.failed", reason));
        if (!statusLabel.getStyleClass().contains("text-danger")) {
            statusLabel.getStyleClass().add("text-danger");
        }
    }

    /** A fingerprint: selectable, never cut (16 groups of 4 wrap onto two lines of 8, to read out by phone). */
    private static TextArea field(String id, String accessible) {
        TextArea f = new TextArea();
        f.setId(id);
        f.setEditable(false);
        f.setWrapText(true);
        f.setAccessibleText(accessible);
        f.setPrefColumnCount(40);
        f.setPrefRowCount(2);
        f.setMinHeight(Region.USE_PREF_SIZE);
        f.setStyle("-fx-font-family: monospace;");
        return f;
    }

    /** The key's name with its button on one line, the fingerprint (or what stands for it) the whole width below. */
    private static VBox row(String label, javafx.scene.Node field, Button action) {
        Label l = new Label(label);
        l.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(l, Priority.ALWAYS);
        HBox head = new HBox(8, l, action);
        head.setAlignment(Pos.CENTER_LEFT);
        action.setMinWidth(Region.USE_PREF_SIZE);
        return new VBox(4, head, field);
    }

    private final class SystemFilePicker implements FilePicker {
        @Override
        public Path open(javafx.stage.Window owner, String title) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get("keys.files"), "*.json"));
            java.io.File f = chooser.showOpenDialog(owner);
            return f == null ? null : f.toPath();
        }

        @Override
        public Path save(javafx.stage.Window owner, String title, String suggestedName) {
            // in the export folder, which remembers the folder chosen
            return exports.chooseSave(owner, title, suggestedName, t.get("keys.files"), ".json");
        }
    }
}
