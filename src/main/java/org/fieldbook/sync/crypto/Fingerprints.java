package org.fieldbook.sync.crypto;

import java.security.PublicKey;
import java.util.HexFormat;
import java.util.Locale;
import org.fieldbook.sync.bag.Hashing;

/** A key's fingerprint: SHA-256 of its encoded public key, shown as grouped upper-case hex. */
public final class Fingerprints {
    private Fingerprints() {
    }

    public static String of(PublicKey key) {
        return of(key.getEncoded());
    }

    public static String of(byte[] encodedPublicKey) {
        String hex = HexFormat.of().formatHex(Hashing.sha256().digest(encodedPublicKey)).toUpperCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(hex, i, i + 4);
        }
        return sb.toString();
    }
}
