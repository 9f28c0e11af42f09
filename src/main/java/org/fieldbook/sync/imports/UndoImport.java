package org.fieldbook.sync.imports;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fieldbook.store.Sql;
import org.fieldbook.store.TrackedTables;
import org.fieldbook.support.JsonMappers;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.records.Record;
import org.fieldbook.sync.records.RecordStore;
import org.fieldbook.sync.records.TableSchema;

/**
 * Undoes the last applied import from the previous state of every record it touched (kept in sync_undo):
 * records it created are removed, changed ones get their old values back, and its conflicts and text
 * versions go. Refused when a record has been edited since, so no later work is lost.
 */
final class UndoImport {
    private static final ObjectMapper JSON = JsonMappers.plain();

    private UndoImport() {
    }

    private record UndoRow(String table, String id, String before, String afterHlc, String seenBefore) {
    }

    static String undoLast(Connection c) throws SQLException {
        long n = Sql.count(c, "SELECT COALESCE(MAX(n), 0) FROM sync_import WHERE status='applied'");
        if (n == 0) {
            throw SyncException.coded("nothingToUndo", "there is no import to undo");
        }
        String bundle = Sql.one(c, "SELECT bundle_id FROM sync_import WHERE n=?", rs -> rs.getString(1), n).orElseThrow();
        List<UndoRow> rows = Sql.list(c, "SELECT tbl, id, before, after_hlc, seen_before FROM sync_undo WHERE import_n=? ORDER BY ord DESC",
                rs -> new UndoRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)), n);
        for (UndoRow r : rows) {
            TrackedTables.byName(r.table());
            String now = Sql.one(c, "SELECT updated_hlc FROM " + r.table() + " WHERE id=?", rs -> rs.getString(1), r.id()).orElse("");
            if (!now.equals(r.afterHlc())) {
                throw SyncException.coded("undo.changedAfter", "cannot undo the last import: " + r.table() + " " + r.id() + " was changed after it",
                        r.table(), r.id());
            }
        }
        for (UndoRow r : rows) {
            TableSchema schema = TableSchema.read(c, TrackedTables.byName(r.table()));
            if (r.before() == null) {
                Sql.update(c, "UPDATE " + r.table() + " SET deleted=1 WHERE id=?", r.id());
                Sql.update(c, "DELETE FROM " + r.table() + " WHERE id=?", r.id());
            } else {
                RecordStore.write(c, schema, fromJson(r.table(), r.before()), true);
            }
            if (r.seenBefore() == null) {
                Sql.update(c, "DELETE FROM sync_seen WHERE tbl=? AND id=?", r.table(), r.id());
            } else {
                Sql.update(c, "UPDATE sync_seen SET seen=? WHERE tbl=? AND id=?", r.seenBefore(), r.table(), r.id());
            }
        }
        Sql.update(c, "DELETE FROM sync_version WHERE import_n=?", n);
        Sql.update(c, "DELETE FROM sync_conflict WHERE import_n=?", n);
        Sql.update(c, "UPDATE sync_import SET status='undone' WHERE n=?", n);
        return bundle;
    }

    @SuppressWarnings("unchecked")
    private static Record fromJson(String table, String json) {
        try {
            TreeMap<String, Object> values = JSON.readValue(json, new TypeReference<TreeMap<String, Object>>() {});
            Map<String, String> stamps = (Map<String, String>) values.remove("stamps");
            values.replaceAll((k, v) -> v instanceof Integer i ? (Object) i.longValue() : v);
            return Record.of(table, values, stamps == null ? Map.of() : stamps);
        } catch (java.io.IOException e) {
            throw SyncException.coded(e, "undo.damaged", "damaged undo data: " + e.getMessage(), e.getMessage());
        }
    }
}
