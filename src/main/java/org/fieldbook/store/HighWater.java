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

    /** Raises the mark to {@code stamp}'s clock part when it is higher; call inside the write that stores it. */
    public static void raise(Connection c, String stamp) throws SQLException {
        if (stamp == null || stamp.isEmpty()) {
            return;
        }
        int tilde = stamp.indexOf('~');
        String base = tilde < 0 ? stamp : stamp.substring(0, tilde);
        Sql.update(c, "INSERT INTO meta(key,value) VALUES(?,?) ON CONFLICT(key) DO UPDATE SET value=excluded.value"
                + " WHERE excluded.value > meta.value", KEY, base);
    }

    /** The mark, or an empty string for a workspace that holds no stamp yet. */
    public static String read(Connection c) throws SQLException {
        return Sql.one(c, "SELECT value FROM meta WHERE key=?", rs -> rs.getString(1), KEY).orElse("");
    }
}
