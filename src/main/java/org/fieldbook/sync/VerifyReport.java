package org.fieldbook.sync;

import java.util.Map;

/**
 * What {@code verify} found in a valid bundle: who made it, the signer's fingerprint and whether this workspace
 * trusts it, encryption, and (when the contents could be read) the record and attachment counts.
 */
public record VerifyReport(String bundleId, String author, String created, int schemaVersion, long sequence, String scope,
                           String signerFingerprint, Boolean signerTrusted, boolean encrypted, boolean contentsChecked,
                           Map<String, Integer> records, int attachments) {
}
