package org.fieldbook.sync;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.store.Sql;
import org.fieldbook.store.TrackedTable;
import org.fieldbook.store.TrackedTables;
import org.fieldbook.sync.exports.ExportRequest;
import org.fieldbook.sync.exports.ExportResult;
import org.fieldbook.sync.imports.ImportOptions;
import org.fieldbook.sync.imports.ImportReport;

/** Helpers for sync tests: export, import, database checksums and record snapshots. */
final class SyncFixture {
    static final ImportOptions TRUST = new ImportOptions(true, true, false);

    private SyncFixture() {
    }

    static Services open(Path dir, String name) {
        Services s = TestWorkspace.open(dir);
        s.store().setIdentity(name, org.fieldbook.store.Role.EXPERT);
        return s;
    }

    static ExportResult exportVisit(Services s, String visitId, Path out) {
        return s.sync().export(new ExportRequest(visitId, false, null, out), Progress.NONE, new Cancellation());
    }

    static ImportReport importTrusted(Services s, Path bundle) {
        return s.sync().imports().importBundle(bundle, TRUST, Progress.NONE);
    }

    /**
     * SHA-256 over every row of every table (a dump checksum): equal means the database did not change. The full-text
     * index's shadow tables are left out: they are derived from the data and change when an idle merge runs.
     */
    static String dumpChecksum(Services s) {
        return s.store().db().read(c -> dumpChecksum(c, Map.of()));
    }

    /**
     * The dump checksum with the values that say when an import ran (each import's {@code imported_at},
     * {@code imported_hlc} and backup file name, wherever they occur) replaced by placeholders: the same import run
     * in two copies of a workspace gives the same checksum; every other value is compared exactly.
     */
    static String dumpChecksumWithoutImportTimes(Services s) {
        return s.store().db().read(c -> {
            Map<String, String> masks = new java.util.HashMap<>();
            Sql.list(c, "SELECT n, imported_at, imported_hlc, backup FROM sync_import", rs -> {
                long n = rs.getLong(1);
                masks.put(rs.getString(2), "<imported_at " + n + ">");
                masks.put(rs.getString(3), "<imported_hlc " + n + ">");
                if (!rs.getString(4).isEmpty()) {
                    masks.put(rs.getString(4), "<backup " + n + ">");
                }
                return n;
            });
            return dumpChecksum(c, masks);
        });
    }

    private static String dumpChecksum(java.sql.Connection c, Map<String, String> masks) throws java.sql.SQLException {
        MessageDigest sha = org.fieldbook.sync.bag.Hashing.sha256();
        // the full-text index's own tables are left out: derived from the data, and merged when the writer is idle
        List<String> tables = org.fieldbook.store.Dialect.of(c).tables(c);
        for (String t : tables) {
            sha.update(("table " + t + "\n").getBytes());
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + t + "\"")) {
                int n = rs.getMetaData().getColumnCount();
                java.util.List<String> rows = new java.util.ArrayList<>();
                while (rs.next()) {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 1; i <= n; i++) {
                        Object v = rs.getObject(i);
                        String text = v instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(v);
                        sb.append(masks.getOrDefault(text, text)).append('|');
                    }
                    rows.add(sb.toString());
                }
                java.util.Collections.sort(rows);
                rows.forEach(r -> sha.update((r + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Every tracked record's user-visible state: table → id → column → value (no local row number, no clock columns). */
    static Map<String, Map<String, Map<String, Object>>> state(Services s, boolean withMeta) {
        return s.store().db().read(c -> {
            Map<String, Map<String, Map<String, Object>>> out = new TreeMap<>();
            for (TrackedTable t : TrackedTables.ALL) {
                Map<String, Map<String, Object>> rows = new TreeMap<>();
                try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + t.name())) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        Map<String, Object> row = new TreeMap<>();
                        for (int i = 1; i <= n; i++) {
                            String col = rs.getMetaData().getColumnName(i);
                            if (col.equals("n")) {
                                continue;
                            }
                            if (!withMeta && List.of("created_hlc", "updated_hlc", "author", "device", "revision").contains(col)) {
                                continue;
                            }
                            row.put(col, rs.getObject(i));
                        }
                        rows.put(rs.getString("id"), row);
                    }
                }
                out.put(t.name(), rows);
            }
            return out;
        });
    }
}
