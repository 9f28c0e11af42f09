package org.fieldbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The declared schema matches the tables, and the database itself refuses values the declaration forbids. */
class SchemaDeclarationTest {
    @TempDir
    Path dir;

    @Test
    void everyColumnOfEverySyncedTableIsDeclaredAndNothingElse() {
        try (Services s = TestWorkspace.open(dir)) {
            for (TableDeclaration d : SyncedTables.all()) {
                java.util.List<String> names = s.store().db().read(c -> Dialect.of(c).columns(c, d.name()).stream()
                        .map(Dialect.TableColumn::name).toList());
                Set<String> columns = new TreeSet<>(names);
                columns.remove("n");
                columns.remove("stamps");
                assertEquals(columns, new TreeSet<>(d.fields().keySet()), "declared fields of " + d.name());
            }
        }
    }

    @Test
    void trackedTablesComeFromTheDeclaration() {
        assertEquals(SyncedTables.all().size(), TrackedTables.ALL.size());
        assertEquals(Set.of("text"), TrackedTables.byName("note").mergedTexts());
        assertEquals("visit_id = ?", TrackedTables.byName("note").visitScope());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "note|kind|gossip",
            "note|areas|education",
            "note|areas|[1,2]",
            "visit|start_date|2026-02-30",
            "visit|status|finished",
            "visit|team|{}",
            "meeting|start_time|25:00",
            "city|population|i:-5",
            "city|population|r:12.5",
            "city|foreign_born_pct|r:140.5",
            "city|name|'   '",
            "note|deleted|i:2",
            "note|updated_hlc|yesterday",
            "note|id|not-an-id",
            "profile_section|status|published",
            "index_verification|verified_value|{\"a\":1}",
    })
    void theDatabaseRefusesWhatTheDeclarationForbids(String table, String field, String text) {
        Object value = text.startsWith("i:") ? (Object) Long.parseLong(text.substring(2))
                : text.startsWith("r:") ? (Object) Double.parseDouble(text.substring(2)) : text;
        // PostgreSQL's integer columns round a fraction on assignment (bundles are checked before that by the validator)
        org.junit.jupiter.api.Assumptions.assumeFalse(org.fieldbook.TestEngine.postgres() && text.equals("r:12.5"));
        try (Services s = TestWorkspace.open(dir)) {
            s.demo().generate();
            assertTrue(s.store().db().read(c -> Sql.count(c, "SELECT count(*) FROM " + table)) > 0, "rows to change in " + table);
            String before = dump(s, table);
            StoreException e = assertThrows(StoreException.class, () -> s.store().db().write(c ->
                    Sql.update(c, "UPDATE " + table + " SET " + field + "=?", value)));
            assertTrue(e.getMessage().contains("invalid value for " + table + "." + field), e.getMessage());
            assertEquals(before, dump(s, table), "the table is unchanged");
        }
    }

    private static String dump(Services s, String table) {
        return s.store().db().read(c -> String.join("\n", Sql.list(c, "SELECT id, revision, updated_hlc, stamps FROM " + table
                + " ORDER BY id", rs -> rs.getString(1) + "|" + rs.getLong(2) + "|" + rs.getString(3) + "|" + rs.getString(4))));
    }

    @Test
    void goodValuesStillPass() {
        TestWorkspace.withVisit(dir, "Lisboa", (s, v) -> {
            s.store().db().write(c -> Sql.update(c, "UPDATE visit SET start_date='2024-02-29', status='done' WHERE id=?", v.id()));
            s.store().db().write(c -> Sql.update(c, "UPDATE city SET population=NULL, foreign_born_pct=12.5"));
        });
    }
}
