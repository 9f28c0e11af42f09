package org.fieldbook.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite's native library is copied once into the user's cache and loaded from there; a damaged copy is replaced. */
class SqliteNativeTest {
    @TempDir
    Path dir;

    @Test
    void theCacheFolderOfEachSystem() {
        assertEquals(Path.of("/home/a/.cache/fieldbook"), SqliteNative.cacheFolder(Map.of(), "Linux", "/home/a"));
        assertEquals(Path.of("/x/cache/fieldbook"), SqliteNative.cacheFolder(Map.of("XDG_CACHE_HOME", "/x/cache"), "Linux", "/home/a"));
        assertEquals(Path.of("/Users/a/Library/Caches/Fieldbook"), SqliteNative.cacheFolder(Map.of(), "Mac OS X", "/Users/a"));
        assertEquals(Path.of("/l/Fieldbook/cache"), SqliteNative.cacheFolder(Map.of("LOCALAPPDATA", "/l"), "Windows 11", "/u"));
        assertEquals(null, SqliteNative.cacheFolder(Map.of(), "Linux", ""));
    }

    @Test
    void copiedOnceThenReusedAndADamagedCopyIsReplaced() throws Exception {
        String path = System.getProperty(SqliteNative.PATH_PROPERTY);
        String name = System.getProperty(SqliteNative.NAME_PROPERTY);
        try {
            System.clearProperty(SqliteNative.PATH_PROPERTY);
            assertTrue(SqliteNative.prepare(dir));
            Path lib = Path.of(System.getProperty(SqliteNative.PATH_PROPERTY), System.getProperty(SqliteNative.NAME_PROPERTY));
            assertTrue(lib.startsWith(dir), lib.toString());
            byte[] inJar;
            try (InputStream in = org.sqlite.SQLiteJDBCLoader.class.getResourceAsStream(
                    org.sqlite.util.LibraryLoaderUtil.getNativeLibResourcePath() + "/" + org.sqlite.util.LibraryLoaderUtil.getNativeLibName())) {
                inJar = in.readAllBytes();
            }
            assertArrayEquals(inJar, Files.readAllBytes(lib));

            // the same size, other bytes: replaced at the next start
            Files.write(lib, new byte[inJar.length]);
            System.clearProperty(SqliteNative.PATH_PROPERTY);
            assertTrue(SqliteNative.prepare(dir));
            assertArrayEquals(inJar, Files.readAllBytes(lib));
            try (var files = Files.walk(dir)) {
                assertEquals(1, files.filter(Files::isRegularFile).count(), "no partial copy left behind");
            }

            // a library path the user gave is left alone
            assertFalse(SqliteNative.prepare(dir.resolve("other")));
            assertFalse(Files.exists(dir.resolve("other")));
        } finally {
            restore(SqliteNative.PATH_PROPERTY, path);
            restore(SqliteNative.NAME_PROPERTY, name);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
