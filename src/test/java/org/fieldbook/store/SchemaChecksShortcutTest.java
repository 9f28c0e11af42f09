package org.fieldbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database checks are rebuilt at opening only when what they are made from changed: the fingerprint of the
 * declaration and its code is kept beside the checks' hash; the same fingerprint skips building the statements.
 */
class SchemaChecksShortcutTest {
    @TempDir
    Path dir;

    private static String meta(Database db, String key) {
        return db.read(c -> Sql.one(c, "SELECT value FROM meta WHERE key=?", rs -> rs.getString(1), key).orElse(""));
    }

    private static void put(Database db, String key, String value) {
        db.write(c -> Sql.update(c, "UPDATE meta SET value=? WHERE key=?", value, key));
    }

    private static long checks(Database db) {
        return db.read(c -> Sql.count(c, "SELECT count(*) FROM sqlite_master WHERE type='trigger' AND name LIKE 'fbchk%'"));
    }

    @Test
    void theSameFingerprintSkipsTheChecksAnotherRebuildsThem() {
        Path file = dir.resolve("w.db");
        String inputs = SchemaConstraints.inputs();
        assertNotNull(inputs, "the declaration and its classes are readable");
        long all;
        String hash;
        try (Database db = Database.open(file)) {
            assertEquals(inputs, meta(db, SchemaChecks.INPUTS_KEY));
            hash = meta(db, SchemaChecks.META_KEY);
            all = checks(db);
            assertTrue(all > 100, "checks installed: " + all);
            // what the shortcut trusts: with the same fingerprint, a stale hash is not even looked at
            put(db, SchemaChecks.META_KEY, "stale");
        }
        try (Database db = Database.open(file)) {
            assertEquals("stale", meta(db, SchemaChecks.META_KEY), "statements not built, nothing installed");
            // another fingerprint (a new version of the declaration or of this code) with other checks installed
            put(db, SchemaChecks.INPUTS_KEY, "older");
            db.write(c -> Sql.update(c, "DROP TRIGGER " + Sql.one(c, "SELECT name FROM sqlite_master WHERE type='trigger'"
                    + " AND name LIKE 'fbchk%' ORDER BY name LIMIT 1", rs -> rs.getString(1)).orElseThrow()));
            assertEquals(all - 1, checks(db));
        }
        try (Database db = Database.open(file)) {
            assertEquals(all, checks(db), "rebuilt");
            assertEquals(hash, meta(db, SchemaChecks.META_KEY));
            assertEquals(inputs, meta(db, SchemaChecks.INPUTS_KEY));
        }
    }

    @Test
    void aWorkspaceFromBeforeTheFingerprintGetsItWithoutReinstalling() {
        Path file = dir.resolve("old.db");
        try (Database db = Database.open(file)) {
            db.write(c -> Sql.update(c, "DELETE FROM meta WHERE key=?", SchemaChecks.INPUTS_KEY));
        }
        try (Database db = Database.open(file)) {
            assertEquals(SchemaConstraints.inputs(), meta(db, SchemaChecks.INPUTS_KEY));
        }
    }
}
