package org.fieldbook.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The .fbz file association starts the app with the bundle's path as its only argument. */
class BundleArgumentTest {
    @Test
    void aBundlePathIsAcceptedAsTheFileToOpen() {
        FieldbookCommand root = new FieldbookCommand();
        new CommandLine(root).parseArgs("/home/ana/Downloads/Vellmar visit.FBZ");
        assertEquals(Path.of("/home/ana/Downloads/Vellmar visit.FBZ"), root.bundleToOpen());
    }

    @Test
    void noArgumentMeansNoBundle() {
        FieldbookCommand root = new FieldbookCommand();
        new CommandLine(root).parseArgs("--data", "/tmp/ws");
        assertNull(root.bundleToOpen());
    }

    @Test
    void anythingElseStaysAUsageError() {
        FieldbookCommand root = new FieldbookCommand();
        CommandLine.ParameterException e = assertThrows(CommandLine.ParameterException.class,
                () -> new CommandLine(root).parseArgs("frobnicate"));
        assertEquals(true, e.getMessage().contains("neither a command nor a .fbz bundle"), e.getMessage());
    }
}
