package org.fieldbook.sync.exports;

import java.nio.file.Path;
import org.fieldbook.sync.crypto.PublicKeyCard;

/**
 * What to export: a visit (or null for every tracked record), optionally only what changed since the last
 * bundle to the same recipient; {@code recipient} null gives a plain (signed, unencrypted) bundle.
 */
public record ExportRequest(String visitId, boolean sinceLast, PublicKeyCard recipient, Path out) {
    /** The key under which sequence numbers and the last sent clock are kept for this recipient. */
    public String recipientKey() {
        return recipient == null ? "plain" : recipient.fingerprint();
    }
}
