package org.fieldbook.sync.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.sync.Cancellation;
import org.fieldbook.sync.Progress;
import org.fieldbook.sync.exports.ExportRequest;
import org.fieldbook.sync.imports.ImportOptions;
import org.fieldbook.sync.imports.ImportReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The inbox in French: Undo only when there is an import to undo, the preview's buttons in French, a declined preview says so. */
class InboxUndoAndPreviewTest extends ApplicationTest {
    @TempDir
    static Path temp;
    private static Services office;
    private static Path bundle;
    private final ExecutorService background = SyncScreen.runner("inbox-test");
    private SyncView view;
    private SyncViewModel vm;

    @Override
    public void start(Stage stage) {
        bundle = temp.resolve("b.fbz");
        try (Services a = TestWorkspace.open(temp.resolve("expert"))) {
            a.sync().export(new ExportRequest(TestWorkspace.visit(a, "Oslo").id(), false, null, bundle), Progress.NONE, new Cancellation());
        }
        office = TestWorkspace.open(temp.resolve("office"));
        vm = new SyncViewModel(office.sync(), org.fieldbook.support.Texts.of(org.fieldbook.support.Texts.SYNC, Locale.FRENCH), background, List::of);
        view = SyncScreen.show(stage, vm);
    }

    @AfterEach
    void close() {
        background.shutdownNow();
        office.close();
    }

    private void waitUntil(java.util.function.BooleanSupplier ok) throws Exception {
        for (int i = 0; i < 200 && !ok.getAsBoolean(); i++) {
            Thread.sleep(50);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(ok.getAsBoolean());
    }

    @Test
    void undoOnlyWhenThereIsSomethingToUndoAndThePreviewSpeaksFrench() throws Exception {
        Button undo = lookup("#sync-undo").queryAs(Button.class);
        waitUntil(() -> !vm.busy().get());
        assertTrue(undo.isDisabled(), "nothing to undo yet");

        ImportReport preview = office.sync().imports().importBundle(bundle, new ImportOptions(true, true, true), Progress.NONE);
        Alert[] alert = new Alert[1];
        interact(() -> alert[0] = view.confirmation(preview));
        List<String> buttons = alert[0].getButtonTypes().stream().map(ButtonType::getText).toList();
        assertEquals(List.of("Importer", "Annuler"), buttons);
        interact(vm::previewDeclined);
        assertEquals("Non importé : rien n’a changé.", vm.status().get());

        office.sync().imports().importBundle(bundle, new ImportOptions(true, true, false), Progress.NONE);
        interact(vm::refresh);
        waitUntil(() -> !undo.isDisabled());
        interact(undo::fire);
        waitUntil(() -> undo.isDisabled());
        assertEquals("Dernière importation annulée.", vm.status().get());
        assertFalse(vm.status().get().contains("there is no"), vm.status().get());
    }
}
