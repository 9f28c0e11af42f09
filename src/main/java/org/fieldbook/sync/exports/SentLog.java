package org.fieldbook.sync.exports;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.fieldbook.store.Sql;

/** Per recipient: the last sequence number and the clock up to which changes were sent. */
public final class SentLog {
    private SentLog() {
    }

    public record Sent(long sequence, String lastHlc, String lastBundle) {
    }

    public static Optional<Sent> last(Connection c, String recipient) throws SQLException {
        return Sql.one(c, "SELECT sequence, last_hlc, last_bundle FROM sync_sent WHERE recipient=?",
                rs -> new Sent(rs.getLong(1), rs.getString(2), rs.getString(3)), recipient);
    }

    public static void record(Connection c, String recipient, long sequence, String hlc, String bundleId) throws SQLException {
        Sql.update(c, "INSERT INTO sync_sent(recipient, sequence, last_hlc, last_bundle) VALUES (?,?,?,?) "
                + "ON CONFLICT(recipient) DO UPDATE SET sequence=excluded.sequence, last_hlc=excluded.last_hlc, "
                + "last_bundle=excluded.last_bundle", recipient, sequence, hlc, bundleId);
    }
}
