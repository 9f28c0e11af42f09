package org.fieldbook.sync.imports;

import java.util.List;
import java.util.Map;
import org.fieldbook.sync.merge.Conflict;

/**
 * What an import did (or, for a dry run or preview, would do): counts, per-table figures, conflicts, the signer
 * and whether the bundle had been imported before (then nothing changed).
 */
public record ImportReport(String bundleId, boolean alreadyImported, boolean applied, String signerFingerprint,
                           boolean signerTrusted, String author, int inserted, int updated, int deleted, int unchanged,
                           Map<String, int[]> perTable, List<Conflict> conflicts, String backup) {
    public static ImportReport already(String bundleId) {
        return new ImportReport(bundleId, true, false, "", true, "", 0, 0, 0, 0, Map.of(), List.of(), "");
    }
}
