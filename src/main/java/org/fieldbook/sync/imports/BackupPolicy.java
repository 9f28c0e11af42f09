package org.fieldbook.sync.imports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which pre-import backups are kept: the one place the rule is stated (the Settings dialog and the README quote it).
 *
 * <p><b>Rule:</b> the backups of the last {@value #LAST_IMPORTS} applied imports are kept, and so is the newest
 * backup of an applied import on each of the last {@value #DAYS} days (today included); every other backup is
 * removed, after each import and when the workspace is opened. A backup whose import was undone, or whose import
 * never committed, is removed too (it shows the state the workspace is already in). Undo does not need the backup
 * file (it uses the previous state kept with each import), so an import whose backup was removed can still be undone.
 */
public final class BackupPolicy {
    /** Backups of this many of the latest applied imports are always kept. */
    public static final int LAST_IMPORTS = 5;
    /** For this many days (today and the days before it), the newest backup of each day is kept. */
    public static final int DAYS = 7;

    private BackupPolicy() {
    }

    /**
     * A complete backup file and the import it was taken for.
     *
     * @param name   file name in the backups folder
     * @param taken  local date and time the backup was taken
     * @param importNumber the number of the applied import that refers to it, or 0 when no applied import does
     */
    public record Backup(String name, LocalDateTime taken, long importNumber) {
        boolean applied() {
            return importNumber > 0;
        }
    }

    /** The names among {@code backups} that the rule keeps on {@code today}; every other one may be removed. */
    public static Set<String> keep(List<Backup> backups, LocalDate today) {
        List<Backup> applied = backups.stream().filter(Backup::applied)
                .sorted(Comparator.comparingLong(Backup::importNumber).reversed()).toList();
        Set<String> keep = new LinkedHashSet<>();
        applied.stream().limit(LAST_IMPORTS).forEach(b -> keep.add(b.name()));
        LocalDate first = today.minusDays(DAYS - 1L);
        Set<LocalDate> daysSeen = new HashSet<>();
        applied.stream().sorted(Comparator.comparing(Backup::taken).reversed()).forEach(b -> {
            LocalDate day = b.taken().toLocalDate();
            if (!day.isBefore(first) && !day.isAfter(today) && daysSeen.add(day)) {
                keep.add(b.name());
            }
        });
        return keep;
    }
}
