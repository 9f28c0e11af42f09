package org.fieldbook.sync.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.sync.Cancellation;
import org.fieldbook.sync.Progress;
import org.fieldbook.sync.exports.ExportRequest;
import org.fieldbook.sync.imports.ImportOptions;
import org.fieldbook.sync.imports.ImportReport;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

class SyncViewTest extends ApplicationTest {
    private static Path dir;
    private static Services office;
    private static String noteId;
    private static Path secondBundle;
    private final ExecutorService background = SyncScreen.runner("sync-test");
    private SyncView view;
    private SyncViewModel vm;

    @TempDir
    static Path temp;

    @Override
    public void start(Stage stage) throws Exception {
        dir = temp;
        prepare();
        SyncViewModel vm = new SyncViewModel(office.sync(), org.fieldbook.support.Texts.of(org.fieldbook.support.Texts.SYNC, Locale.ENGLISH), background,
                () -> office.visits().summaries().stream().map(v -> new ExportDialog.Choice(v.id(), v.city())).toList());
        view = SyncScreen.show(stage, vm);
        this.vm = vm;
    }

    private static void prepare() {
        Path b1 = dir.resolve("b1.fbz");
        secondBundle = dir.resolve("b2.fbz");
        office = TestWorkspace.open(dir.resolve("office"));
        try (Services a = TestWorkspace.open(dir.resolve("expert"))) {
            a.store().setIdentity("Ana", org.fieldbook.store.Role.EXPERT);
            Visit v = TestWorkspace.visit(a, "Oslo");
            noteId = a.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, "one\ntwo\nthree", null, "", List.of())).id();
            a.sync().export(new ExportRequest(v.id(), false, null, b1), Progress.NONE, new Cancellation());
            office.sync().imports().importBundle(b1, new ImportOptions(true, false, false), Progress.NONE);
            a.store().db().write(c -> a.store().tracker().update(c, "note", noteId, Map.of("text", "one by Ana\ntwo\nthree")));
            office.store().db().write(c -> office.store().tracker().update(c, "note", noteId, Map.of("text", "one by office\ntwo\nthree")));
            a.sync().export(new ExportRequest(v.id(), false, null, secondBundle), Progress.NONE, new Cancellation());
        }
    }

    @AfterEach
    void close() {
        background.shutdownNow();
        office.close();
    }

    private void fire(String text) {
        interact(() -> lookup(text).queryAs(javafx.scene.control.Button.class).fire());
    }

    @Test
    void showsBundlesConflictsAndResolvesByChoosingTheReceivedVersion() throws Exception {
        TableView<?> inbox = lookup("#sync-inbox").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> inbox.getItems().size() == 1);
        assertEquals(List.of("Oslo"), vm.visits().stream().map(ExportDialog.Choice::label).toList(), "visits loaded for export");

        ImportReport preview = office.sync().imports().importBundle(secondBundle, new ImportOptions(false, false, true), Progress.NONE);
        var alert = new java.util.concurrent.atomic.AtomicReference<javafx.scene.control.Alert>();
        interact(() -> alert.set(view.confirmation(preview)));
        assertTrue(alert.get().getContentText().contains(preview.signerFingerprint()), "the preview shows the signer's fingerprint");
        assertTrue(alert.get().getContentText().contains("1 changed"), alert.get().getContentText());

        office.sync().imports().importBundle(secondBundle, new ImportOptions(false, false, false), Progress.NONE);
        fire("Refresh");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> inbox.getItems().size() == 2);
        interact(() -> {
            javafx.scene.control.TabPane tabs = lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class);
            tabs.getSelectionModel().select(1);
        });
        ListView<?> conflicts = lookup("#sync-conflicts").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> conflicts.getItems().size() == 1);
        interact(() -> conflicts.getSelectionModel().select(0));
        interact(() -> {
            try {
                var img = lookup(".tab-pane").query().getScene().getRoot().snapshot(null, null);
                java.nio.file.Files.createDirectories(Path.of("target"));
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img, null), "png",
                        Path.of("target", "sync-view.png").toFile());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals("one by office\ntwo\nthree", lookup("#sync-local").queryAs(TextArea.class).getText());
        assertEquals("one by Ana\ntwo\nthree", lookup("#sync-remote").queryAs(TextArea.class).getText());
        interact(() -> lookup("#sync-use-remote").queryAs(javafx.scene.control.Button.class).fire());
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> conflicts.getItems().isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("status: " + lookup("#sync-status").queryAs(javafx.scene.control.Label.class).getText()
                    + ", disabled: " + lookup("#sync-use-remote").query().isDisabled());
        }
        assertEquals("one by Ana\ntwo\nthree", office.notes().find(noteId).orElseThrow().text());
        assertEquals(0, office.sync().conflicts().openCount());
        assertTrue(Files.exists(dir.resolve("b2.fbz")));
    }
}
