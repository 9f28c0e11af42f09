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

    /**
     * The highest stamp each open PostgreSQL write transaction has issued, written by {@link #flush} just before its
     * commit: the mark is one row every program writes, and locking it in the middle of a transaction (while row
     * locks are still to be taken) made two programs' writes deadlock; taken last, it is only ever waited for.
     */
    private static final java.util.Map<Connection, String> PENDING = new java.util.concurrent.ConcurrentHashMap<>();

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
            PENDING.merge(c, base, (a, b) -> a.compareTo(b) >= 0 ? a : b);
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
        String base = PENDING.remove(c);
        if (base != null) {
            write(c, base);
        }
    }

    /** Forgets the mark of a transaction that rolled back. */
    static void discard(Connection c) {
        PENDING.remove(c);
    }

    /** The mark, or an empty string for a workspace that holds no stamp yet. */
    public static String read(Connection c) throws SQLException {
        return Sql.one(c, "SELECT value FROM meta WHERE key=?", rs -> rs.getString(1), KEY).orElse("");
    }
}
