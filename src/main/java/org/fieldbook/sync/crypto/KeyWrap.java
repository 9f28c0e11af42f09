package org.fieldbook.sync.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.fieldbook.sync.BundleRejected;
import org.fieldbook.sync.bag.BagInfo;

/**
 * Wraps a bundle's content key for one recipient: an ephemeral X25519 key agreement with the recipient's
 * X25519 public key, HKDF-SHA256 over the shared secret (salted with both public keys), and AES-256-GCM
 * around the content key. The result is the recipient tag file.
 */
public final class KeyWrap {
    private static final String INFO = "fieldbook bundle key v1";

    private KeyWrap() {
    }

    public static byte[] wrap(PayloadCipher content, PublicKeyCard recipient) {
        try {
            KeyPair eph = KeyPairGenerator.getInstance(KeyCodec.AGREEMENT).generateKeyPair();
            byte[] kek = derive(eph.getPrivate(), recipient.agreement(), eph.getPublic(), recipient.agreement());
            byte[] wrapped = PayloadCipher.of(kek).encrypt("content-key", content.rawKey());
            return new BagInfo()
                    .put("Algorithm", "X25519-HKDF-SHA256-A256GCM")
                    .put("Recipient-Fingerprint", recipient.fingerprint())
                    .put("Ephemeral-Key", KeyCodec.encode(eph.getPublic()))
                    .put("Wrapped-Key", Base64.getEncoder().encodeToString(wrapped))
                    .toBytes();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The recipient fingerprint named in a recipient tag file. */
    public static String recipientOf(byte[] recipientFile) {
        return BagInfo.parse(recipientFile).require("Recipient-Fingerprint");
    }

    public static PayloadCipher unwrap(byte[] recipientFile, KeyPair agreement, String myFingerprint) {
        BagInfo r = BagInfo.parse(recipientFile);
        String forWhom = r.require("Recipient-Fingerprint");
        if (!forWhom.equals(myFingerprint)) {
            throw BundleRejected.coded("crypto.otherWorkspaceNamed", "the bundle is encrypted for another workspace (" + forWhom + "); this workspace cannot read it",
                    forWhom);
        }
        try {
            PublicKey eph = KeyCodec.publicKey(KeyCodec.AGREEMENT, r.require("Ephemeral-Key"));
            byte[] kek = derive(agreement.getPrivate(), eph, eph, agreement.getPublic());
            byte[] raw = PayloadCipher.of(kek).decrypt("content-key", Base64.getDecoder().decode(r.require("Wrapped-Key")));
            if (raw.length != 32) {
                throw BundleRejected.coded("crypto.keyLength", "the bundle's content key has the wrong length");
            }
            return PayloadCipher.of(raw);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw BundleRejected.coded(e, "crypto.cannotUnwrap", "cannot unwrap the bundle's key: " + e.getMessage(),
                    e.getMessage());
        } catch (BundleRejected e) {
            throw BundleRejected.coded("crypto.wrongPrivateKey", "cannot unwrap the bundle's key: this workspace's private key does not open it");
        }
    }

    private static byte[] derive(PrivateKey mine, PublicKey theirs, PublicKey ephemeral, PublicKey recipient)
            throws GeneralSecurityException {
        KeyAgreement ka = KeyAgreement.getInstance(KeyCodec.AGREEMENT);
        ka.init(mine);
        ka.doPhase(theirs, true);
        byte[] secret = ka.generateSecret();
        byte[] salt = concat(ephemeral.getEncoded(), recipient.getEncoded());
        return hkdf(salt, secret, INFO.getBytes(StandardCharsets.UTF_8));
    }

    /** HKDF-SHA256 (RFC 5869) producing 32 bytes. */
    static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(salt, "HmacSHA256"));
        byte[] prk = mac.doFinal(ikm);
        mac.init(new SecretKeySpec(prk, "HmacSHA256"));
        mac.update(info);
        mac.update((byte) 1);
        return mac.doFinal();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
