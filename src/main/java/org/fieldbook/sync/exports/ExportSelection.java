package org.fieldbook.sync.exports;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.fieldbook.store.TrackedTable;
import org.fieldbook.store.TrackedTables;
import org.fieldbook.sync.merge.Stamps;
import org.fieldbook.sync.records.Record;
import org.fieldbook.sync.records.RecordStore;
import org.fieldbook.sync.records.TableSchema;

/** Selects the records of every tracked table that a bundle carries, ready to be written. */
final class ExportSelection {
    private ExportSelection() {
    }

    /** Records per table (in registry order) for a visit and/or changes after {@code sinceHlc}. */
    static Map<TableSchema, List<Record>> select(Connection c, String visitId, String sinceHlc) throws SQLException {
        Map<TableSchema, List<Record>> out = new LinkedHashMap<>();
        for (TrackedTable t : TrackedTables.ALL) {
            TableSchema schema = TableSchema.read(c, t);
            List<String> where = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            if (visitId != null) {
                where.add("(" + t.visitScope() + ")");
                params.add(visitId);
            }
            if (sinceHlc != null) {
                where.add("(updated_hlc > ? OR id IN (SELECT id FROM sync_seen WHERE tbl = ? AND local_hlc > ?))");
                params.add(sinceHlc);
                params.add(t.name());
                params.add(sinceHlc);
            }
            List<Record> records = RecordStore.select(c, schema, where.isEmpty() ? "1=1" : String.join(" AND ", where),
                    params.toArray());
            for (Record r : records) {
                r.seen().putAll(Stamps.effective(r.seen(), r.stamps()));
                for (String f : t.mergedTexts()) {
                    r.versions().computeIfAbsent(f, k -> new TreeSet<>()).add(r.stamp(f));
                    r.versions().get(f).remove("");
                }
            }
            out.put(schema, records);
        }
        return out;
    }
}
