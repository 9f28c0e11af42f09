package org.fieldbook.sync.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fieldbook.support.JsonMappers;
import org.fieldbook.sync.SyncException;

/**
 * A workspace's public key file, exchanged between people: the Ed25519 key that signs its bundles and the
 * X25519 key bundles for it are encrypted to, with a label and the fingerprint.
 */
public record PublicKeyCard(String label, String signingKey, String agreementKey) {
    private static final ObjectMapper JSON = JsonMappers.plain();
    public static final String FORMAT = "fieldbook-public-key-1";

    public PublicKey signing() {
        return KeyCodec.publicKey(KeyCodec.SIGNING, signingKey);
    }

    public PublicKey agreement() {
        return KeyCodec.publicKey(KeyCodec.AGREEMENT, agreementKey);
    }

    public String fingerprint() {
        return Fingerprints.of(signing());
    }

    public String toJson() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("label", label);
        m.put("fingerprint", fingerprint());
        m.put("signingKey", signingKey);
        m.put("agreementKey", agreementKey);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(m) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PublicKeyCard parse(String json) {
        try {
            JsonNode n = JSON.readTree(json);
            if (n == null || !FORMAT.equals(n.path("format").asText())) {
                throw SyncException.coded("key.notACard", "not a Fieldbook public key file");
            }
            PublicKeyCard card = new PublicKeyCard(n.path("label").asText(""), n.path("signingKey").asText(),
                    n.path("agreementKey").asText());
            card.signing();
            card.agreement();
            String stated = n.path("fingerprint").asText("");
            if (!stated.isEmpty() && !stated.equals(card.fingerprint())) {
                throw SyncException.coded("key.fingerprintMismatch", "the key file's fingerprint does not match its key");
            }
            return card;
        } catch (IOException e) {
            throw SyncException.coded(e, "key.notACardBecause", "not a Fieldbook public key file: " + e.getMessage(),
                    e.getMessage());
        }
    }

    public static PublicKeyCard read(Path file) {
        try {
            if (Files.size(file) > 64 * 1024) {
                throw SyncException.coded("key.cardTooLarge", "not a Fieldbook public key file (too large): " + file, file);
            }
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw SyncException.coded(e, "key.cannotRead", "cannot read the key file " + file + ": " + e.getMessage(),
                    file, e.getMessage());
        }
    }
}
