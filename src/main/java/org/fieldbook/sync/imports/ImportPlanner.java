package org.fieldbook.sync.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fieldbook.store.Sql;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.merge.RecordMerger;
import org.fieldbook.sync.records.Record;
import org.fieldbook.sync.records.RecordStore;
import org.fieldbook.sync.records.TableSchema;

/** Merges every incoming record with the local state (read-only) and collects the plan. */
final class ImportPlanner {
    private ImportPlanner() {
    }

    static ImportPlan plan(Connection c, Map<TableSchema, List<Record>> incoming) throws SQLException {
        RecordMerger merger = new RecordMerger((table, id, field, stamp) -> {
            try {
                return Sql.one(c, "SELECT text FROM sync_version WHERE tbl=? AND id=? AND field=? AND stamp=? AND text IS NOT NULL",
                        rs -> rs.getString(1), table, id, field, stamp);
            } catch (SQLException e) {
                throw SyncException.coded(e, "import.databaseFailed", String.valueOf(e), String.valueOf(e));
            }
        });
        ImportPlan plan = new ImportPlan();
        for (var e : incoming.entrySet()) {
            TableSchema schema = e.getKey();
            Map<String, Record> locals = new HashMap<>();
            List<Record> rs = e.getValue();
            for (int from = 0; from < rs.size(); from += 500) {
                List<Record> batch = rs.subList(from, Math.min(rs.size(), from + 500));
                String in = "?,".repeat(batch.size() - 1) + "?";
                for (Record local : RecordStore.select(c, schema, "id IN (" + in + ")", batch.stream().map(Record::id).toArray())) {
                    locals.put(local.id(), local);
                }
            }
            for (Record remote : rs) {
                Record local = locals.get(remote.id());
                plan.add(new ImportPlan.Step(schema, local, merger.merge(schema, local, remote)));
            }
        }
        return plan;
    }
}
