package org.fieldbook.sync.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.fieldbook.sync.SyncException;

/** Base64 text forms of Ed25519 and X25519 keys (X.509 for public keys, PKCS#8 for private keys). */
public final class KeyCodec {
    public static final String SIGNING = "Ed25519";
    public static final String AGREEMENT = "X25519";

    private KeyCodec() {
    }

    public static String encode(java.security.Key key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static PublicKey publicKey(String algorithm, String base64) {
        try {
            return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64.trim())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw SyncException.coded(e, "key.invalidPublic", "not a valid " + algorithm + " public key", algorithm);
        }
    }

    public static PrivateKey privateKey(String algorithm, String base64) {
        try {
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64.trim())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw SyncException.coded(e, "key.invalidPrivate", "not a valid " + algorithm + " private key", algorithm);
        }
    }
}
