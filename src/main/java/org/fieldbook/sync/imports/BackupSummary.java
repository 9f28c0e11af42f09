package org.fieldbook.sync.imports;

import java.nio.file.Path;

/**
 * The pre-import backups as shown in Settings: where they are, how many complete backups there are and how much
 * space the backups folder takes.
 */
public record BackupSummary(Path folder, int count, long bytes) {
}
