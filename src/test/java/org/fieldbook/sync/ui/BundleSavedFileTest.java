package org.fieldbook.sync.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.fieldbook.TestWorkspace;
import org.fieldbook.WorkspaceScreenTest;
import org.fieldbook.support.Texts;
import org.fieldbook.support.ui.Exports;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A bundle written from the window ends with where it is, with Open and Show in folder, in the dialog and the inbox (issue 11). */
class BundleSavedFileTest extends WorkspaceScreenTest {
    private final ExecutorService background = SyncScreen.runner("bundle-saved");
    private final List<Path> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Visit visit;
    private SyncView view;
    private SyncViewModel vm;

    @Override
    public void start(Stage stage) throws Exception {
        openWorkspace("fieldbook-bundle-saved", "ws");
        visit = TestWorkspace.visit(services, "Oslo");
        vm = new SyncViewModel(services.sync(), Texts.of(Texts.SYNC, Locale.FRENCH), background,
                () -> services.visits().summaries().stream().map(v -> new ExportDialog.Choice(v.id(), v.city())).toList());
        view = new SyncView(vm, Exports.inMemory(dir).withOpener(opened::add));
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1000, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        background.shutdownNow();
    }

    private List<String> notices() {
        return lookup("#savedFileWhere").queryAllAs(Label.class).stream().filter(l -> l.getParent().isVisible())
                .map(Label::getText).toList();
    }

    @Test
    void theDialogAndTheInboxSayWhereTheBundleIs() throws Exception {
        assertTrue(notices().isEmpty(), "nothing said before a bundle is written");
        interact(() -> view.showExport());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("Fermer").tryQuery().isEmpty()
                && lookup("Annuler").tryQuery().isPresent());
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Path bundle = out.resolve("oslo.fbz");
        interact(() -> vm.export(visit.id(), false, false, bundle, r -> { }));
        String expected = "oslo.fbz enregistré dans " + out.toAbsolutePath();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> notices().size() == 2);
        assertEquals(List.of(expected, expected), notices(), "the export dialog and the inbox's status line");
        assertTrue(Files.size(bundle) > 0);
        assertTrue(lookup("Fermer").tryQuery().isPresent(), "the dialog stays open, its Cancel now Close");
        // the dialog grew with what it says: its Close button is inside the dialog, not cut off below it
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Button close = lookup("Fermer").queryAs(javafx.scene.control.Button.class);
        javafx.geometry.Bounds inScene = close.localToScene(close.getBoundsInLocal());
        javafx.stage.Window dialog = close.getScene().getWindow();
        assertTrue(inScene.getMaxY() + close.getScene().getY() <= dialog.getHeight() + 0.5,
                "Close ends at " + inScene.getMaxY() + " in a dialog " + dialog.getHeight() + " high");
        // Show in folder, in the dialog and in the inbox's status line
        interact(() -> lookup("#savedFileShow").queryAll().forEach(b -> ((javafx.scene.control.Button) b).fire()));
        assertEquals(List.of(out.toAbsolutePath(), out.toAbsolutePath()), opened);
    }
}
