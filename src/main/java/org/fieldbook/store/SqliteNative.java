package org.fieldbook.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;

/**
 * SQLite's native library, copied out of the sqlite-jdbc jar once per user rather than at every start. On its own,
 * sqlite-jdbc writes the library into the temporary folder under a new name each time a program starts, then reads both
 * copies back to compare them: about a tenth of a second of every one-shot command (issue 13, the INDEX report's whole
 * process). Here the library is copied once into the user's cache folder (one folder per sqlite-jdbc version and
 * platform), and sqlite-jdbc is told to load it from there ({@code org.sqlite.lib.path}); should that copy not load,
 * sqlite-jdbc falls back to its own extraction. A library path given by the user is left alone.
 */
final class SqliteNative {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteNative() {
    }

    /** Done once per program, before the first SQLite connection. */
    private static final class Once {
        static final boolean PREPARED = prepare(cacheFolder(System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home")));
    }

    /** Points sqlite-jdbc at the cached copy (making it if needed); true when it does. */
    static boolean prepare() {
        return Once.PREPARED;
    }

    /** Copies the library for this platform into {@code cache} unless an intact copy is there, and points sqlite-jdbc at it. */
    static boolean prepare(Path cache) {
        if (cache == null || System.getProperty(PATH_PROPERTY) != null) {
            return false;
        }
        try {
            String folder = org.sqlite.util.LibraryLoaderUtil.getNativeLibResourcePath(); // /org/sqlite/native/Linux/x86_64
            String name = org.sqlite.util.LibraryLoaderUtil.getNativeLibName();
            URL resource = org.sqlite.SQLiteJDBCLoader.class.getResource(folder + "/" + name);
            if (resource == null) {
                return false;
            }
            URLConnection jarEntry = resource.openConnection();
            long size = jarEntry.getContentLengthLong();
            // the jar's checksum of the library (from its directory, nothing inflated), or -1 when not read from a jar
            long crc = jarEntry instanceof java.net.JarURLConnection j ? j.getJarEntry().getCrc() : -1;
            Path dir = cache.resolve("sqlite-" + org.sqlite.SQLiteJDBCLoader.getVersion() + folder.replace("/org/sqlite/native", ""));
            Path lib = dir.resolve(name);
            if (size <= 0 || !intact(lib, size, crc)) {
                Files.createDirectories(dir);
                Path part = Files.createTempFile(dir, name, ".part");
                try (InputStream in = jarEntry.getInputStream()) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    if (size > 0 && Files.size(part) != size) {
                        return false;
                    }
                    // whole or not at all: another program starting at the same moment sees the old file or the new one
                    Files.move(part, lib, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(part);
                }
            }
            System.setProperty(PATH_PROPERTY, dir.toString());
            System.setProperty(NAME_PROPERTY, name);
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // sqlite-jdbc extracts the library itself, as before
        }
    }

    /** The cached copy has the jar's size and checksum (a damaged copy is replaced; reading 1 MB costs a millisecond). */
    private static boolean intact(Path lib, long size, long crc) throws IOException {
        if (!Files.isRegularFile(lib) || Files.size(lib) != size) {
            return false;
        }
        if (crc < 0) {
            return true;
        }
        java.util.zip.CRC32 sum = new java.util.zip.CRC32();
        sum.update(Files.readAllBytes(lib));
        return sum.getValue() == crc;
    }

    /** The user's cache folder for Fieldbook ($XDG_CACHE_HOME or ~/.cache on Linux, ~/Library/Caches, %LOCALAPPDATA%). */
    static Path cacheFolder(Map<String, String> env, String osName, String userHome) {
        if (userHome == null || userHome.isBlank()) {
            return null;
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null && !local.isBlank() ? Path.of(local) : Path.of(userHome, "AppData", "Local"))
                    .resolve("Fieldbook").resolve("cache");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Caches", "Fieldbook");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".cache")).resolve("fieldbook");
    }
}
