package org.fieldbook.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

/**
 * Installs the database checks built from the declared schema (triggers on SQLite, trigger functions on PostgreSQL),
 * for either engine: once per version of the checks (the hash of their definitions is kept in {@code meta}), in one
 * transaction. Each engine says how to take the migration lock and how to remove the checks it installed before.
 */
final class SchemaChecks {
    static final String META_KEY = "schema.constraints";

    /** SQL work done inside the install transaction. */
    @FunctionalInterface
    interface Step {
        void run(Connection c, Statement st) throws SQLException;
    }

    private SchemaChecks() {
    }

    /**
     * Runs {@code ddl} unless the same checks are installed already: {@code lock} first (so two programs do not install
     * at once), then {@code clear} (drops what an older version installed), then the statements and the new hash.
     */
    static void install(Connection c, List<String> ddl, Step lock, Step clear) throws SQLException {
        String hash = sha256(String.join("\n", ddl));
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            lock.run(c, st);
            String current = Sql.one(c, "SELECT value FROM meta WHERE key=?", rs -> rs.getString(1), META_KEY).orElse("");
            if (current.equals(hash)) {
                c.rollback();
                return;
            }
            clear.run(c, st);
            for (String sql : ddl) {
                st.execute(sql);
            }
            Sql.update(c, "INSERT INTO meta(key,value) VALUES(?,?) ON CONFLICT(key) DO UPDATE SET value=excluded.value", META_KEY, hash);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new StoreException("Cannot install the schema checks: " + e.getMessage(), e);
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
