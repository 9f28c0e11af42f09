package org.fieldbook.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save dialogs open where the person last saved an export; Documents (or home) before that; never a folder that has gone. */
class ExportFolderTest {
    @TempDir
    Path home;

    private final Map<String, String> kept = new HashMap<>();

    private ExportFolder folder() {
        return new ExportFolder(k -> Optional.ofNullable(kept.get(k)), kept::put, home);
    }

    @Test
    void documentsFirstThenHome() throws Exception {
        assertEquals(home, folder().get(), "no Documents folder: home");
        Files.createDirectories(home.resolve("Documents"));
        assertEquals(home.resolve("Documents"), folder().get());
    }

    @Test
    void theFolderOfTheLastSavedExportIsOfferedNext() throws Exception {
        Path reports = Files.createDirectories(home.resolve("reports/2026"));
        folder().remember(reports.resolve("profile.docx"));
        assertEquals(reports, folder().get());
        Path usb = Files.createDirectories(home.resolve("usb"));
        folder().remember(usb);
        assertEquals(usb, folder().get(), "a folder chosen in Settings");
    }

    @Test
    void aRememberedFolderThatHasGoneIsNotOffered() throws Exception {
        Path stick = Files.createDirectories(home.resolve("stick"));
        folder().remember(stick.resolve("a.fbz"));
        Files.delete(stick);
        assertEquals(home, folder().get());
    }
}
