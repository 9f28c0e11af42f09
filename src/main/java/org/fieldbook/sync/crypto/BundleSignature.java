package org.fieldbook.sync.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.fieldbook.sync.BundleRejected;
import org.fieldbook.sync.bag.BagInfo;
import org.fieldbook.sync.bag.BagLayout;
import org.fieldbook.sync.bag.Hashing;

/**
 * The signature tag file: an Ed25519 signature over the SHA-256 of bagit.txt, bag-info.txt, the payload
 * manifest and (when encrypted) the recipient file, with the signer's public key. The payload manifest holds
 * every payload file's hash, so the signature covers the whole payload.
 */
public final class BundleSignature {
    private static final String DOMAIN = "fieldbook-bundle-signature-v1\n";

    private BundleSignature() {
    }

    /** The signer of a verified bundle. */
    public record Signer(PublicKey key, String publicKey, String fingerprint) {
    }

    public static byte[] sign(KeyPair signing, Map<String, byte[]> signedFiles) {
        try {
            Signature s = Signature.getInstance(KeyCodec.SIGNING);
            s.initSign(signing.getPrivate());
            List<String> names = new ArrayList<>(signedFiles.keySet());
            s.update(message(names, signedFiles));
            BagInfo out = new BagInfo()
                    .put("Algorithm", KeyCodec.SIGNING)
                    .put("Signer-Key", KeyCodec.encode(signing.getPublic()))
                    .put("Signer-Fingerprint", Fingerprints.of(signing.getPublic()))
                    .put("Signed-Files", String.join(" ", names))
                    .put("Signature", Base64.getEncoder().encodeToString(s.sign()));
            return out.toBytes();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks the signature against the bag's tag files; returns the signer or refuses the bundle. */
    public static Signer verify(Map<String, byte[]> tagFiles) {
        byte[] file = tagFiles.get(BagLayout.SIGNATURE);
        if (file == null) {
            throw BundleRejected.coded("sig.notSigned", "the bundle is not signed (" + BagLayout.SIGNATURE + " is missing)",
                    BagLayout.SIGNATURE);
        }
        BagInfo sig = BagInfo.parse(file);
        if (!KeyCodec.SIGNING.equals(sig.get("Algorithm").orElse(""))) {
            throw BundleRejected.coded("sig.algorithm", "unsupported signature algorithm: " + sig.get("Algorithm").orElse("none"),
                    sig.get("Algorithm").orElse("none"));
        }
        List<String> names = List.of(sig.require("Signed-Files").split(" "));
        for (String required : tagFiles.keySet()) {
            if (!required.equals(BagLayout.SIGNATURE) && !required.equals(BagLayout.TAG_MANIFEST) && !names.contains(required)) {
                throw BundleRejected.coded("sig.doesNotCover", "the signature does not cover " + required, required);
            }
        }
        for (String name : names) {
            if (!tagFiles.containsKey(name)) {
                throw BundleRejected.coded("sig.coversMissing", "the signature covers a missing file: " + name, name);
            }
        }
        String publicKey = sig.require("Signer-Key");
        PublicKey key;
        try {
            key = KeyCodec.publicKey(KeyCodec.SIGNING, publicKey);
        } catch (RuntimeException e) {
            throw BundleRejected.coded("sig.badKey", "the signer's key in the signature is not a valid Ed25519 key");
        }
        try {
            Signature s = Signature.getInstance(KeyCodec.SIGNING);
            s.initVerify(key);
            s.update(message(names, tagFiles));
            if (!s.verify(Base64.getDecoder().decode(sig.require("Signature")))) {
                throw BundleRejected.coded("sig.forged", "forged or damaged signature: it does not match the bundle's contents");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw BundleRejected.coded(e, "sig.forgedBecause", "forged or damaged signature: " + e.getMessage(), e.getMessage());
        }
        return new Signer(key, publicKey, Fingerprints.of(key));
    }

    private static byte[] message(List<String> names, Map<String, byte[]> files) {
        StringBuilder sb = new StringBuilder(DOMAIN);
        for (String name : names) {
            sb.append(name).append(' ').append(Hashing.sha256Hex(files.get(name))).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
