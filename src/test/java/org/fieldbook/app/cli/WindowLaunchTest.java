package org.fieldbook.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.fieldbook.PgTestServer;
import org.fieldbook.app.Services;
import org.fieldbook.app.ui.FieldbookApp;
import org.fieldbook.store.Dialect;
import org.fieldbook.store.PgLocation;
import org.fieldbook.support.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window gets the command line as picocli parsed it, once: the workspace folder, the language asked for (none: the
 * one chosen in Settings), and how to open the workspace, which with {@code --db} is the office's PostgreSQL database.
 */
class WindowLaunchTest {
    @TempDir
    Path dir;

    @Test
    void folderAndLanguage() {
        Path ws = dir.resolve("ws");
        FieldbookApp.Launch launch = FieldbookCommand.parseLaunch("--data", ws.toString(), "--lang", "fr");
        assertEquals(ws.toAbsolutePath().normalize(), launch.folder());
        assertEquals(Optional.of(Language.FRENCH), launch.language());
        try (Services s = launch.open().get()) {
            assertSame(Dialect.SQLITE, s.store().db().dialect());
            assertEquals(ws.toAbsolutePath().normalize(), s.store().workspace().folder());
        }
        assertEquals(Optional.empty(), FieldbookCommand.parseLaunch("--data", ws.toString()).language(),
                "no --lang: the language chosen in Settings");
        assertEquals(Optional.of(Language.ENGLISH), FieldbookCommand.parseLaunch("--lang=en").language());
        assertEquals(dir.resolve("b.fbz"), FieldbookCommand.parseLaunch("--data", ws.toString(), dir.resolve("b.fbz").toString()).bundle());
    }

    @Test
    void theWindowOpensTheOfficeDatabaseNamedWithDb() {
        PgLocation db = PgTestServer.newDatabase();
        Path own = dir.resolve("program");
        FieldbookApp.Launch launch = FieldbookCommand.parseLaunch("--data", own.toString(), "--db", db.toString());
        try (Services s = launch.open().get()) {
            assertSame(Dialect.POSTGRESQL, s.store().db().dialect(), "the window's workspace is the office database");
            org.fieldbook.TestWorkspace.visit(s, "Testville");
        }
        // a second program (another colleague's window) sees the same data
        try (Services s = FieldbookCommand.parseLaunch("--data", dir.resolve("colleague").toString(), "--db", db.toString()).open().get()) {
            assertTrue(s.visits().summaries().stream().anyMatch(v -> v.city().equals("Testville")));
        }
    }
}
