package org.fieldbook.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The workspace's clock high-water mark: the highest clock stamp it holds (issued here or received in a bundle),
 * kept in {@code meta} and raised in the same transaction as the write that stores the stamp. The clock is seeded
 * from it at open, so a new process never issues a stamp lower than one the workspace already holds, whatever its
 * wall clock says.
 */
public final class HighWater {
    static final String KEY = "clock.high_water";

    private HighWater() {
    }

    /** On PostgreSQL, the transaction-local setting holding the highest stamp the open write transaction issued. */
    private static final String PENDING = "fieldbook.high_water";

    /**
     * Raises the mark to {@code stamp}'s clock part when it is higher; call inside the write that stores it (on
     * PostgreSQL the mark is written when the transaction commits, see {@link Database#write}).
     */
    public static void raise(Connection c, String stamp) throws SQLException {
        if (stamp == null || stamp.isEmpty()) {
            return;
        }
        int tilde = stamp.indexOf('~');
        String base = tilde < 0 ? stamp : stamp.substring(0, tilde);
        if (Dialect.of(c) == Dialect.POSTGRESQL) {
            // The mark is one row every program writes: locked in the middle of a transaction (while row locks were
            // still to be taken) it made two programs' writes deadlock. The highest stamp is kept in a setting local
            // to the transaction and written by flush, just before the commit, so the row is locked last.
            Sql.one(c, "SELECT set_config('" + PENDING + "', greatest(coalesce(nullif(current_setting('" + PENDING
                    + "', true), ''), '') COLLATE \"C\", CAST(? AS text) COLLATE \"C\"), true)", rs -> rs.getString(1), base);
            return;
        }
        write(c, base);
    }

    private static void write(Connection c, String base) throws SQLException {
        Sql.update(c, "INSERT INTO meta(key,value) VALUES(?,?) ON CONFLICT(key) DO UPDATE SET value=excluded.value"
                + " WHERE excluded.value > meta.value", KEY, base);
    }

    /** Writes the mark raised in this transaction (PostgreSQL); call last, just before the commit. */
    static void flush(Connection c) throws SQLException {
        String base = Sql.one(c, "SELECT current_setting('" + PENDING + "', true)", rs -> rs.getString(1)).orElse(null);
        if (base != null && !base.isEmpty()) {
            write(c, base);
        }
    }

    /** The mark, or an empty string for a workspace that holds no stamp yet. */
    public static String read(Connection c) throws SQLException {
        return Sql.one(c, "SELECT value FROM meta WHERE key=?", rs -> rs.getString(1), KEY).orElse("");
    }
}
