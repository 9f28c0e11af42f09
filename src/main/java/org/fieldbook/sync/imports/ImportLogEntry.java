package org.fieldbook.sync.imports;

/** One row of the import log: a bundle received, from whom, when, and what it changed. */
public record ImportLogEntry(long n, String bundleId, String status, String signer, String author, String sourceWorkspace,
                             long sequence, String scope, String created, String importedAt, String fileName, int inserted,
                             int updated, int deleted, int conflicts) {
}
