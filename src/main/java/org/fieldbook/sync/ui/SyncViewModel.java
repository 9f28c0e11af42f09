package org.fieldbook.sync.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.fieldbook.sync.Cancellation;
import org.fieldbook.sync.ConflictRow;
import org.fieldbook.sync.ConflictService;
import org.fieldbook.sync.SyncService;
import org.fieldbook.sync.crypto.PublicKeyCard;
import org.fieldbook.sync.exports.ExportRequest;
import org.fieldbook.sync.exports.ExportResult;
import org.fieldbook.sync.imports.ImportLogEntry;
import org.fieldbook.sync.imports.ImportOptions;
import org.fieldbook.sync.imports.ImportReport;

/**
 * State of the sync view: received bundles, open conflicts, the selected conflict's editable result, progress
 * and status. Every service call runs in a background task; results come back on the FX thread.
 */
public final class SyncViewModel {
    private final SyncService sync;
    private final org.fieldbook.support.Texts texts;
    private final Executor background;
    private final ObservableList<ImportLogEntry> inbox = FXCollections.observableArrayList();
    private final ObservableList<ConflictRow> conflicts = FXCollections.observableArrayList();
    private final ObservableList<ExportDialog.Choice> visits = FXCollections.observableArrayList();
    private final java.util.function.Supplier<List<ExportDialog.Choice>> visitSource;
    private final ObjectProperty<ConflictRow> selected = new SimpleObjectProperty<>();
    private final StringProperty result = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private volatile Cancellation running;

    /**
     * @param visitSource lists the visits offered for export (called on the background thread)
     */
    public SyncViewModel(SyncService sync, org.fieldbook.support.Texts texts, Executor background,
                         java.util.function.Supplier<List<ExportDialog.Choice>> visitSource) {
        this.sync = sync;
        this.visitSource = visitSource;
        this.texts = texts;
        this.background = background;
        selected.addListener((obs, old, k) -> result.set(k == null ? "" : k.kept() == null ? "" : k.kept()));
    }

    public ObservableList<ImportLogEntry> inbox() {
        return inbox;
    }

    public ObservableList<ConflictRow> conflicts() {
        return conflicts;
    }

    /** Visits offered in the export dialog (loaded by {@link #refresh}). */
    public ObservableList<ExportDialog.Choice> visits() {
        return visits;
    }

    public ObjectProperty<ConflictRow> selectedConflict() {
        return selected;
    }

    public StringProperty result() {
        return result;
    }

    public StringProperty status() {
        return status;
    }

    public DoubleProperty progress() {
        return progress;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public org.fieldbook.support.Texts texts() {
        return texts;
    }

    public java.util.Optional<PublicKeyCard> officeKey() {
        return sync.officeKey();
    }

    /** Reloads the inbox and the open conflicts. */
    public void refresh() {
        run(() -> new Lists(sync.imports().log(), sync.conflicts().list(true), visitSource.get()), lists -> {
            inbox.setAll(lists.log());
            canUndo.set(lists.log().stream().anyMatch(e -> "applied".equals(e.status())));
            visits.setAll(lists.visits());
            ConflictRow keep = selected.get();
            conflicts.setAll(lists.conflicts());
            selected.set(keep == null ? null : lists.conflicts().stream().filter(k -> k.n() == keep.n()).findFirst().orElse(null));
        });
    }

    private record Lists(List<ImportLogEntry> log, List<ConflictRow> conflicts, List<ExportDialog.Choice> visits) {
    }

    /** True when an applied import can be undone (the Undo button is enabled only then). */
    public javafx.beans.property.ReadOnlyBooleanProperty canUndo() {
        return canUndo;
    }

    private final javafx.beans.property.SimpleBooleanProperty canUndo = new javafx.beans.property.SimpleBooleanProperty(false);

    /** Checks a bundle and computes what it would change (nothing is written). */
    public void preview(Path file, Consumer<ImportReport> then) {
        status.set(texts.t("status.checking"));
        run(() -> sync.imports().importBundle(file, new ImportOptions(true, true, true), (s, d, t) -> progress(d, t)), then);
    }

    /** Imports after the person confirmed the preview (trusting the signer they saw, accepting deletions). */
    public void importConfirmed(Path file, Runnable then) {
        status.set(texts.t("status.importing"));
        run(() -> sync.imports().importBundle(file, new ImportOptions(true, true, false), (s, d, t) -> progress(d, t)), r -> {
            status.set(texts.t("status.imported", r.inserted(), r.updated(), r.deleted(), r.conflicts().size()));
            refresh();
            then.run();
        });
    }

    /** The person looked at the preview and chose not to import. */
    public void previewDeclined() {
        status.set(texts.t("status.notImported"));
    }

    public void undoLast() {
        if (!canUndo.get()) {
            status.set(texts.t("status.nothingToUndo"));
            return;
        }
        run(sync.imports()::undoLast, id -> {
            status.set(texts.t("status.undone"));
            refresh();
        });
    }

    /** The bundle written last (null until one is, and while the next one is written). */
    private final javafx.beans.property.ObjectProperty<Path> exported = new javafx.beans.property.SimpleObjectProperty<>();

    public javafx.beans.property.ObjectProperty<Path> exported() {
        return exported;
    }

    public void export(String visitId, boolean sinceLast, boolean encrypt, Path out, Consumer<ExportResult> then) {
        exported.set(null);
        Cancellation cancel = new Cancellation();
        running = cancel;
        status.set(texts.t("status.exporting"));
        PublicKeyCard recipient = encrypt ? sync.officeKey().orElse(null) : null;
        run(() -> sync.export(new ExportRequest(visitId, sinceLast, recipient, out), (s, d, t) -> progress(d, t), cancel), r -> {
            status.set(texts.t("export.done", r.totalRecords(), r.attachments()));
            exported.set(out);
            then.accept(r);
        });
    }

    public void cancel() {
        Cancellation c = running;
        if (c != null) {
            c.cancel();
        }
    }

    public void useLocal() {
        ConflictRow k = selected.get();
        if (k != null) {
            resolve(k, k.kind().equals("delete") ? "keep" : k.local());
        }
    }

    public void useRemote() {
        ConflictRow k = selected.get();
        if (k != null) {
            resolve(k, k.kind().equals("delete") ? "delete" : k.remote());
        }
    }

    public void keepBoth() {
        ConflictRow k = selected.get();
        if (k != null) {
            result.set(ConflictService.bothVersions(k));
        }
    }

    public void saveResult() {
        ConflictRow k = selected.get();
        if (k != null) {
            resolve(k, result.get());
        }
    }

    private void resolve(ConflictRow k, String value) {
        run(() -> {
            sync.conflicts().resolve(k.n(), value);
            return k;
        }, done -> {
            status.set(texts.t("status.resolved"));
            refresh();
        });
    }

    private void progress(long done, long total) {
        Platform.runLater(() -> progress.set(total <= 0 ? -1 : (double) done / total));
    }

    private <T> void run(java.util.concurrent.Callable<T> work, Consumer<T> then) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        busy.set(true);
        task.setOnSucceeded(e -> {
            busy.set(false);
            then.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            busy.set(false);
            Throwable t = task.getException();
            status.set(t instanceof Cancellation.Cancelled ? texts.t("status.cancelled")
                    : texts.t("status.failed", texts.problem(t)));
        });
        background.execute(task);
    }
}
