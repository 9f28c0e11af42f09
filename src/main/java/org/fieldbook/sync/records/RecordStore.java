package org.fieldbook.sync.records;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fieldbook.store.Sql;
import org.fieldbook.store.Tracker;
import org.fieldbook.support.JsonMappers;

/** Reads and writes whole records of a tracked table (all travelling columns), plus their sync metadata. */
public final class RecordStore {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = JsonMappers.plain();

    private RecordStore() {
    }

    /** Records matching {@code where} (SQL on the table, may be "1=1"), with seen/versions filled in, by id. */
    public static List<Record> select(Connection c, TableSchema s, String where, Object... params) throws SQLException {
        String sql = "SELECT " + s.columnList() + " FROM " + s.name() + " WHERE " + where + " ORDER BY id";
        List<Record> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(s, rs));
                }
            }
        }
        for (Record r : out) {
            loadSync(c, r);
        }
        return out;
    }

    public static Optional<Record> find(Connection c, TableSchema s, String id) throws SQLException {
        List<Record> found = select(c, s, "id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static Record map(TableSchema s, ResultSet rs) throws SQLException {
        TreeMap<String, Object> values = new TreeMap<>();
        String stamps = "{}";
        for (Column col : s.columns().values()) {
            Object v = rs.getObject(col.name());
            if (col.name().equals("stamps")) {
                stamps = (String) v;
                continue;
            }
            values.put(col.name(), normalise(col, v));
        }
        return new Record(s.name(), values, Tracker.parseStamps(stamps), new TreeMap<>(), new TreeMap<>());
    }

    static Object normalise(Column col, Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return switch (col.affinity()) {
                case "INTEGER" -> n.longValue();
                case "REAL" -> n.doubleValue();
                case "TEXT" -> v.toString();
                default -> (n instanceof Integer || n instanceof Long) ? (Object) n.longValue() : (Object) n.doubleValue();
            };
        }
        if (v instanceof byte[] b) {
            return java.util.Base64.getEncoder().encodeToString(b);
        }
        return v.toString();
    }

    private static void loadSync(Connection c, Record r) throws SQLException {
        Sql.one(c, "SELECT seen FROM sync_seen WHERE tbl=? AND id=?", rs -> rs.getString(1), r.table(), r.id())
                .ifPresent(json -> r.seen().putAll(Tracker.parseStamps(json)));
        for (var row : Sql.list(c, "SELECT field, stamp FROM sync_version WHERE tbl=? AND id=?",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, r.table(), r.id())) {
            r.versions().computeIfAbsent(row[0], k -> new TreeSet<>()).add(row[1]);
        }
    }

    /** Inserts or replaces the user columns of a record (never touching the local row number). */
    public static void write(Connection c, TableSchema s, Record r, boolean exists) throws SQLException {
        try (StatementCache cache = new StatementCache(c)) {
            write(cache, s, r, exists);
        }
    }

    /** As {@link #write(Connection, TableSchema, Record, boolean)}, reusing prepared statements. */
    public static void write(StatementCache cache, TableSchema s, Record r, boolean exists) throws SQLException {
        List<String> cols = new ArrayList<>();
        List<Object> vals = new ArrayList<>();
        for (String col : s.columns().keySet()) {
            if (col.equals("stamps") || r.values().containsKey(col)) {
                cols.add(col);
                vals.add(col.equals("stamps") ? toJson(r.stamps()) : r.values().get(col));
            }
        }
        if (exists) {
            StringBuilder set = new StringBuilder();
            for (String col : cols) {
                if (!col.equals("id")) {
                    set.append(set.length() == 0 ? "" : ",").append(col).append("=?");
                }
            }
            List<Object> params = new ArrayList<>();
            for (int i = 0; i < cols.size(); i++) {
                if (!cols.get(i).equals("id")) {
                    params.add(vals.get(i));
                }
            }
            params.add(r.id());
            cache.update("UPDATE " + s.name() + " SET " + set + " WHERE id=?", params.toArray());
        } else {
            cache.update("INSERT INTO " + s.name() + " (" + String.join(",", cols) + ") VALUES ("
                    + "?,".repeat(cols.size() - 1) + "?)", vals.toArray());
        }
    }

    public static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
