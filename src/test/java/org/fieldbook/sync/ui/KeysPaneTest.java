package org.fieldbook.sync.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.support.Language;
import org.fieldbook.support.Texts;
import org.fieldbook.support.ui.Background;
import org.fieldbook.sync.crypto.PublicKeyCard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The keys in Settings: an expert sees this workspace's fingerprint, saves its public key file, and loads the office's
 * key file (bundles to the office are then encrypted) without the command line; a file that is not a key is refused in
 * words, in the window's language, and the stored office key stays as it was.
 */
@ExtendWith(ApplicationExtension.class)
class KeysPaneTest {
    @TempDir
    Path dir;

    private Services expert;
    private Services office;
    private Background runner;
    private Stage stage;
    private Path picked;
    private final java.util.List<Path> opened = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.hide()).get(10, TimeUnit.SECONDS);
        runner.close();
        expert.close();
        office.close();
    }

    private static void waitFor(String what, java.util.function.BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for: " + what);
        }
    }

    private KeysPane show(FxRobot robot, Language language) {
        expert = TestWorkspace.open(dir.resolve("expert"));
        office = TestWorkspace.open(dir.resolve("office"));
        runner = new Background();
        KeysPane[] pane = new KeysPane[1];
        robot.interact(() -> {
            pane[0] = new KeysPane(expert.sync(), runner, Texts.of(Texts.SYNC, language),
                    org.fieldbook.support.ui.Exports.inMemory(dir).withOpener(opened::add));
            pane[0].setFilePicker(new KeysPane.FilePicker() {
                @Override
                public Path open(javafx.stage.Window owner, String title) {
                    return picked;
                }

                @Override
                public Path save(javafx.stage.Window owner, String title, String suggestedName) {
                    return picked;
                }
            });
            stage.setScene(new Scene(pane[0], 700, 300));
            stage.show();
        });
        waitFor("own fingerprint shown", () -> !pane[0].ownFingerprintProperty().get().isEmpty());
        return pane[0];
    }

    @Test
    void showsTheOwnFingerprintAndLoadsTheOfficeKey(FxRobot robot) throws Exception {
        KeysPane pane = show(robot, Language.ENGLISH);
        assertEquals(expert.sync().publicKey().fingerprint(), pane.ownFingerprintProperty().get());
        assertEquals("", pane.officeFingerprintProperty().get(), "no office key yet");
        assertTrue(expert.sync().officeKey().isEmpty());

        PublicKeyCard officeCard = office.sync().publicKey();
        picked = dir.resolve("office-key.json");
        Files.writeString(picked, officeCard.toJson());
        robot.clickOn("#keysImportOffice");
        waitFor("office fingerprint shown", () -> !pane.officeFingerprintProperty().get().isEmpty());
        assertEquals(officeCard.fingerprint(), pane.officeFingerprintProperty().get());
        assertEquals(Optional.of(officeCard.fingerprint()), expert.sync().officeKey().map(PublicKeyCard::fingerprint),
                "stored: bundles to the office are now encrypted");
        assertTrue(pane.statusProperty().get().contains(officeCard.fingerprint()), pane.statusProperty().get());
    }

    @Test
    void savesThisWorkspacesPublicKeyFile(FxRobot robot) throws Exception {
        KeysPane pane = show(robot, Language.ENGLISH);
        picked = dir.resolve("my-key.json");
        robot.clickOn("#keysExport");
        waitFor("key file written", () -> Files.exists(picked) && pane.statusProperty().get().contains("my-key.json"));
        PublicKeyCard written = PublicKeyCard.read(picked);
        assertEquals(expert.sync().publicKey().fingerprint(), written.fingerprint());
    }

    @Test
    void theSavedKeyFileSaysWhereItIsInFrench(FxRobot robot) throws Exception {
        KeysPane pane = show(robot, Language.FRENCH);
        Path folder = Files.createDirectories(dir.resolve("keys out"));
        picked = folder.resolve("ma-clé.json");
        robot.clickOn("#keysExport");
        waitFor("where it is", () -> robot.lookup("#savedFileWhere").tryQuery()
                .map(n -> ((javafx.scene.control.Label) n).getText()).orElse("")
                .equals("ma-clé.json enregistré dans " + folder.toAbsolutePath()));
        assertTrue(robot.lookup("#savedFile").query().isVisible());
        robot.clickOn("#savedFileShow");
        assertEquals(java.util.List.of(folder.toAbsolutePath()), opened);
        assertTrue(pane.statusProperty().get().contains(expert.sync().publicKey().fingerprint()), "the fingerprint to read out");
    }

    @Test
    void aFileThatIsNotAKeyIsRefusedInFrenchAndChangesNothing(FxRobot robot) throws Exception {
        KeysPane pane = show(robot, Language.FRENCH);
        PublicKeyCard officeCard = office.sync().publicKey();
        picked = dir.resolve("office-key.json");
        Files.writeString(picked, officeCard.toJson());
        robot.clickOn("#keysImportOffice");
        waitFor("office key loaded", () -> !pane.officeFingerprintProperty().get().isEmpty());
        String metaBefore = expert.store().meta().get("sync.office_key").orElse(null);

        picked = dir.resolve("holiday-photo.json");
        Files.writeString(picked, "{\"this is\": \"not a key\"}");
        robot.clickOn("#keysImportOffice");
        waitFor("refusal shown", () -> pane.statusProperty().get().startsWith("Non effectué"));
        assertEquals(officeCard.fingerprint(), pane.officeFingerprintProperty().get(), "the office key shown is still the good one");
        assertEquals(Optional.of(officeCard.fingerprint()), expert.sync().officeKey().map(PublicKeyCard::fingerprint));
        assertEquals(metaBefore, expert.store().meta().get("sync.office_key").orElse(null));
        // said in French: no word that only the English texts use
        java.util.Set<String> englishOnly = org.fieldbook.app.ui.FrenchEverywhereTest.englishOnlyWords();
        java.util.List<String> english = org.fieldbook.app.ui.FrenchEverywhereTest.words(pane.statusProperty().get()).stream()
                .filter(englishOnly::contains).toList();
        assertTrue(english.isEmpty(), "English in the French refusal: " + english + " in " + pane.statusProperty().get());
    }
}
