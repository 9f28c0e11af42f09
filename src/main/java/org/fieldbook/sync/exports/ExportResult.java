package org.fieldbook.sync.exports;

import java.nio.file.Path;
import java.util.Map;

/** A written bundle: where, its id and sequence, record counts per table, attachments and bytes. */
public record ExportResult(Path file, String bundleId, long sequence, Map<String, Integer> records, int attachments,
                           long bytes, boolean encrypted) {
    public int totalRecords() {
        return records.values().stream().mapToInt(Integer::intValue).sum();
    }
}
