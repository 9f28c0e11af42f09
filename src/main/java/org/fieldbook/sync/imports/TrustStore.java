package org.fieldbook.sync.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.fieldbook.store.Database;
import org.fieldbook.store.Sql;

/** Signer keys this workspace accepts bundles from (besides its own). */
public final class TrustStore {
    private final Database db;

    public TrustStore(Database db) {
        this.db = db;
    }

    /** A trusted key: fingerprint, base64 public key, label. */
    public record TrustedKey(String fingerprint, String publicKey, String label, String addedAt) {
    }

    public boolean isTrusted(String fingerprint) {
        return db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM sync_trusted_key WHERE fingerprint=?", fingerprint)) > 0;
    }

    public void trust(String fingerprint, String publicKey, String label) {
        db.write(c -> {
            trust(c, fingerprint, publicKey, label);
            return null;
        });
    }

    /** Trusts the key inside the caller's write transaction. */
    public static void trust(Connection c, String fingerprint, String publicKey, String label) throws SQLException {
        Sql.update(c, "INSERT INTO sync_trusted_key(fingerprint, public_key, label, added_at) VALUES (?,?,?,?) "
                + "ON CONFLICT(fingerprint) DO NOTHING", fingerprint, publicKey, label, Instant.now().toString());
    }

    public List<TrustedKey> list() {
        return db.read(c -> Sql.list(c, "SELECT fingerprint, public_key, label, added_at FROM sync_trusted_key ORDER BY added_at",
                rs -> new TrustedKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))));
    }
}
