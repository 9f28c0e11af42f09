package org.fieldbook.sync;

import java.util.List;
import java.util.Map;
import org.fieldbook.store.Database;
import org.fieldbook.store.Sql;
import org.fieldbook.store.TrackedTables;
import org.fieldbook.store.TrackedRecords;
import org.fieldbook.store.Tracker;
import org.fieldbook.sync.records.Column;
import org.fieldbook.sync.records.TableSchema;

/**
 * Conflicts found by imports, for a person to settle: list them, and resolve one by choosing a version, keeping
 * both, or writing a new value. A resolution is an ordinary tracked edit, so it travels in the next bundle.
 */
public final class ConflictService extends TrackedRecords {
    public ConflictService(Database db, Tracker tracker) {
        super(db, tracker);
    }

    public List<ConflictRow> list(boolean openOnly) {
        return db.read(c -> Sql.list(c, "SELECT n, tbl, id, field, kind, local, remote, base, kept, status FROM sync_conflict"
                        + (openOnly ? " WHERE status='open'" : "") + " ORDER BY n",
                rs -> new ConflictRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10))));
    }

    public long openCount() {
        return db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM sync_conflict WHERE status='open'"));
    }

    /** Both versions one after the other, marked, for a person to edit into one. */
    public static String bothVersions(ConflictRow k) {
        return k.local() + "\n" + k.remote();
    }

    /**
     * Settles a conflict with {@code value}: for a deletion conflict "delete" moves the record to the trash and
     * anything else keeps it; for other kinds the value becomes the field's new content.
     */
    public void resolve(long n, String value) {
        db.write(c -> {
            ConflictRow k = Sql.one(c, "SELECT n, tbl, id, field, kind, local, remote, base, kept, status FROM sync_conflict WHERE n=?",
                    rs -> new ConflictRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)), n)
                    .orElseThrow(() -> SyncException.coded("conflict.notFound", "no conflict " + n, n));
            TableSchema schema = TableSchema.read(c, TrackedTables.byName(k.table()));
            if (k.kind().equals("delete")) {
                if ("delete".equals(value)) {
                    // the person settled it having seen both versions: deleted as it is now, with no further check
                    tracker.overwrite(c, k.table(), k.id(), java.util.Map.of("deleted", 1));
                }
            } else {
                Column col = schema.columns().get(k.field());
                if (col == null) {
                    throw SyncException.coded("conflict.fieldGone", "the field " + k.field() + " no longer exists", k.field());
                }
                java.util.HashMap<String, Object> change = new java.util.HashMap<>();
                change.put(k.field(), coerce(col, value));
                tracker.overwrite(c, k.table(), k.id(), change);
            }
            Sql.update(c, "UPDATE sync_conflict SET status='resolved', kept=? WHERE n=?", value, n);
            return null;
        });
    }

    private static Object coerce(Column col, String value) {
        if (value == null || (value.isEmpty() && !col.notNull())) {
            return null;
        }
        try {
            return switch (col.affinity()) {
                case "INTEGER" -> Long.parseLong(value.trim());
                case "REAL" -> Double.parseDouble(value.trim());
                default -> value;
            };
        } catch (NumberFormatException e) {
            throw SyncException.coded("conflict.notANumber", "not a number for " + col.name() + ": " + value, col.name(), value);
        }
    }

}
