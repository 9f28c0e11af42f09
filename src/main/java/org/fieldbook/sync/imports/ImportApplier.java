package org.fieldbook.sync.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.TreeMap;
import org.fieldbook.store.Sql;
import org.fieldbook.sync.bag.BagInfo;
import org.fieldbook.sync.merge.Conflict;
import org.fieldbook.sync.merge.MergeOutcome;
import org.fieldbook.sync.merge.TextVersion;
import org.fieldbook.sync.records.Record;
import org.fieldbook.sync.records.RecordStore;
import org.fieldbook.sync.records.StatementCache;

/**
 * Writes a plan inside the import transaction: the log entry, each record (keeping its previous state for
 * undo), the "seen" maps, text versions and conflicts.
 */
final class ImportApplier {
    private ImportApplier() {
    }

    static long apply(Connection c, ValidatedBundle b, ImportPlan plan, String importHlc, String backup) throws SQLException {
        BagInfo info = b.info();
        long importN = org.fieldbook.store.Dialect.of(c).insertReturningN(c, "INSERT INTO sync_import(bundle_id, signer, author, source_workspace, source_device, sequence, scope, created,"
                        + " imported_at, imported_hlc, file_name, inserted, updated, deleted, conflicts, backup)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                b.bundleId(), b.signer().fingerprint(), info.get(BagInfo.AUTHOR).orElse(""),
                info.get(BagInfo.SOURCE_WORKSPACE).orElse(""), info.get(BagInfo.SOURCE_DEVICE).orElse(""),
                Long.parseLong(info.require(BagInfo.SEQUENCE).trim()), info.get(BagInfo.SCOPE).orElse(""),
                info.get(BagInfo.CREATED).orElse(""), Instant.now().toString(), importHlc, b.file().getFileName().toString(),
                plan.inserted(), plan.updated(), plan.deleted(), plan.conflicts().size(), backup);
        try (StatementCache cache = new StatementCache(c)) {
            applySteps(cache, plan, importN, importHlc, org.fieldbook.store.Dialect.of(c) == org.fieldbook.store.Dialect.POSTGRESQL);
        }
        return importN;
    }

    /**
     * On the office database (several programs at once) a record the import changes gets a revision past the stored
     * one: the merge keeps the larger of the two sides' revisions, which may be the stored version's own, and there an
     * edit starts from exactly the version its revision names (a form still holding the stored version must not be
     * taken for one holding the merged version). Laptops keep the merge's revision, which every workspace computes alike.
     */
    private static Record pastLocalRevision(Record merged,
                                                                         Record local) {
        if (local == null) {
            return merged;
        }
        long stored = revision(local);
        long revision = revision(merged);
        if (revision > stored) {
            return merged;
        }
        java.util.TreeMap<String, Object> values = new java.util.TreeMap<>(merged.values());
        values.put("revision", stored + 1);
        return new Record(merged.table(), values, merged.stamps(), merged.seen(), merged.versions());
    }

    private static long revision(Record r) {
        Object v = r.values().get("revision");
        return v instanceof Number n ? n.longValue() : v == null ? 0 : Long.parseLong(v.toString());
    }

    private static void applySteps(StatementCache c, ImportPlan plan, long importN, String importHlc, boolean shared)
            throws SQLException {
        int ord = 0;
        for (ImportPlan.Step step : plan.steps()) {
            MergeOutcome o = step.outcome();
            Record local = step.local();
            String table = step.schema().name();
            String id = o.result().id();
            String seenBefore = c.string("SELECT seen FROM sync_seen WHERE tbl=? AND id=?", table, id).orElse(null);
            c.update("INSERT INTO sync_undo(import_n, ord, tbl, id, before, after_hlc, seen_before) VALUES (?,?,?,?,?,?,?)",
                    importN, ord++, table, id, local == null ? null : RecordStore.toJson(snapshot(local)),
                    String.valueOf(o.change() == MergeOutcome.Change.UNCHANGED && local != null ? local.get("updated_hlc")
                            : o.result().get("updated_hlc")), seenBefore);
            if (o.change() != MergeOutcome.Change.UNCHANGED) {
                RecordStore.write(c, step.schema(), shared ? pastLocalRevision(o.result(), local) : o.result(), local != null);
            }
            c.update("INSERT INTO sync_seen(tbl, id, seen, local_hlc) VALUES (?,?,?,?) ON CONFLICT(tbl, id) DO UPDATE SET "
                    + "seen=excluded.seen, local_hlc=CASE WHEN excluded.local_hlc = '' THEN sync_seen.local_hlc "
                    + "ELSE excluded.local_hlc END", table, id, RecordStore.toJson(o.seen()),
                    o.change() == MergeOutcome.Change.UNCHANGED ? "" : importHlc);
            for (TextVersion v : o.versions()) {
                if (v.stamp() == null || v.stamp().isEmpty()) {
                    continue;
                }
                c.update("INSERT INTO sync_version(tbl, id, field, stamp, text, import_n) VALUES (?,?,?,?,?,?) "
                        + "ON CONFLICT(tbl, id, field, stamp) DO UPDATE SET text=COALESCE(sync_version.text, excluded.text)",
                        table, id, v.field(), v.stamp(), v.text(), importN);
            }
            for (Conflict k : o.conflicts()) {
                c.update("INSERT INTO sync_conflict(tbl, id, field, kind, local, remote, base, kept, import_n, created_hlc)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?)", k.table(), k.id(), k.field(), k.kind(), k.local(), k.remote(), k.base(),
                        k.kept(), importN, importHlc);
            }
        }
    }

    /** A record's columns and stamps as stored, for undo. */
    static TreeMap<String, Object> snapshot(Record r) {
        TreeMap<String, Object> m = new TreeMap<>(r.values());
        m.put("stamps", r.stamps());
        return m;
    }
}
