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
    /** The fingerprint of what the installed checks were made from (see {@link #install(Connection, String, java.util.function.Supplier, Step, Step)}). */
    static final String INPUTS_KEY = "schema.constraints.inputs";

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
        install(c, null, () -> ddl, lock, clear);
    }

    /**
     * As {@link #install(Connection, List, Step, Step)}, given a fingerprint of everything the statements are made from
     * ({@code inputs}, or null): when the one kept with the installed checks is the same, the statements are not even
     * built (a one-shot command opens the workspace to read; building and hashing some 300 statements was part of its
     * start-up). When it differs, the statements are built and compared by their hash as before, and the new
     * fingerprint is kept.
     */
    static void install(Connection c, String inputs, java.util.function.Supplier<List<String>> ddl, Step lock, Step clear)
            throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            lock.run(c, st);
            if (inputs != null && inputs.equals(meta(c, INPUTS_KEY))) {
                c.rollback();
                return;
            }
            List<String> statements = ddl.get();
            String hash = sha256(String.join("\n", statements));
            boolean same = meta(c, META_KEY).equals(hash);
            if (same && inputs == null) {
                c.rollback();
                return;
            }
            if (!same) {
                clear.run(c, st);
                for (String sql : statements) {
                    st.execute(sql);
                }
                put(c, META_KEY, hash);
            }
            if (inputs != null) {
                put(c, INPUTS_KEY, inputs);
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new StoreException("Cannot install the schema checks: " + e.getMessage(), e);
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static String meta(Connection c, String key) throws SQLException {
        return Sql.one(c, "SELECT value FROM meta WHERE key=?", rs -> rs.getString(1), key).orElse("");
    }

    private static void put(Connection c, String key, String value) throws SQLException {
        Sql.update(c, "INSERT INTO meta(key,value) VALUES(?,?) ON CONFLICT(key) DO UPDATE SET value=excluded.value", key, value);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
