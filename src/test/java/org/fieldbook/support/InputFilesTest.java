package org.fieldbook.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fieldbook.index.definition.DefinitionReader;
import org.fieldbook.index.sample.SampleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
    @TempDir
    Path dir;

    @Test
    void readsTheWholeFile() throws Exception {
        Path f = Files.write(dir.resolve("a.csv"), new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, InputFiles.readAll(f));
    }

    @Test
    void aMissingFileAndAFolderAreNamedAsTheProblem() {
        Path missing = dir.resolve("nope.json");
        assertEquals("no such file: " + missing,
                assertThrows(IllegalArgumentException.class, () -> InputFiles.readAll(missing)).getMessage());
        String folder = assertThrows(IllegalArgumentException.class, () -> InputFiles.readAll(dir)).getMessage();
        assertTrue(folder.startsWith("cannot read " + dir + ": "), folder);
    }

    @Test
    void theReadersThatUseItSayTheSame() {
        Path missing = dir.resolve("nope.json");
        assertEquals("no such file: " + missing,
                assertThrows(IllegalArgumentException.class, () -> DefinitionReader.read(missing)).getMessage());
        assertEquals("no such file: " + missing,
                assertThrows(IllegalArgumentException.class, () -> SampleReader.read(missing)).getMessage());
    }

    @Test
    void aBundledFileIsReadAndAMissingOneIsABrokenInstallation() {
        assertTrue(InputFiles.bundled(SampleReader.class, SampleReader.DEMO_RESOURCE, "gone").length > 0);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> InputFiles.bundled(InputFilesTest.class, "/no/such/resource.json", "The thing is missing"));
        assertEquals("The thing is missing", e.getMessage());
    }
}
