package org.fieldbook.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.fieldbook.store.HybridClock;
import org.fieldbook.store.Identity;
import org.fieldbook.store.Sql;
import org.fieldbook.store.Tracker;

/**
 * A reused prepared INSERT into one tracked table that fills the tracking columns exactly as {@link Tracker#insert}
 * does (clock stamps, author, device, revision 1, not deleted, one stamp per field), for generating large
 * benchmark workspaces quickly inside one transaction.
 */
final class BulkInsert implements AutoCloseable {
    private final PreparedStatement ps;
    private final HybridClock clock;
    private final Identity who;
    private final List<String> stampKeys;
    private final int fieldCount;
    private long rows;

    BulkInsert(Connection c, HybridClock clock, Identity who, String table, String... fields) throws SQLException {
        this.clock = clock;
        this.who = who;
        this.fieldCount = fields.length;
        TreeSet<String> keys = new TreeSet<>(List.of(fields));
        keys.add("deleted");
        this.stampKeys = new ArrayList<>(keys);
        List<String> cols = new ArrayList<>(List.of("id", "created_hlc", "updated_hlc", "author", "device", "revision", "deleted", "stamps"));
        cols.addAll(List.of(fields));
        String sql = "INSERT INTO " + table + " (" + String.join(",", cols) + ") VALUES (" + "?,".repeat(cols.size() - 1) + "?)";
        this.ps = c.prepareStatement(sql);
    }

    /** Inserts one record with a new id; returns the id. */
    String insert(Object... values) throws SQLException {
        return insertWithId(Tracker.newId(), values);
    }

    String insertWithId(String id, Object... values) throws SQLException {
        if (values.length != fieldCount) {
            throw new IllegalArgumentException("expected " + fieldCount + " values");
        }
        String hlc = clock.now();
        StringBuilder stamps = new StringBuilder("{");
        for (int i = 0; i < stampKeys.size(); i++) {
            stamps.append(i == 0 ? "" : ",").append('"').append(stampKeys.get(i)).append("\":\"").append(hlc).append('"');
        }
        stamps.append('}');
        Object[] all = new Object[8 + values.length];
        all[0] = id;
        all[1] = hlc;
        all[2] = hlc;
        all[3] = who.name() == null ? "" : who.name();
        all[4] = who.deviceId();
        all[5] = 1;
        all[6] = 0;
        all[7] = stamps.toString();
        System.arraycopy(values, 0, all, 8, values.length);
        Sql.bind(ps, all);
        ps.executeUpdate();
        rows++;
        return id;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        ps.close();
    }
}
