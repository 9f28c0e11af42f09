package org.fieldbook.sync.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The keeping rule on its own: the last five applied imports, and the newest backup of each of the last seven days. */
class BackupPolicyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static BackupPolicy.Backup b(String name, int daysAgo, int hour, long importN) {
        return new BackupPolicy.Backup(name, TODAY.minusDays(daysAgo).atTime(hour, 0), importN);
    }

    @Test
    void keepsTheLastFiveImportsAndTheNewestOfEachOfTheLastSevenDays() {
        List<BackupPolicy.Backup> all = new ArrayList<>();
        // twelve imports over the last ten days, three of them today
        all.add(b("i01", 10, 9, 1));
        all.add(b("i02", 9, 9, 2));
        all.add(b("i03", 6, 9, 3));
        all.add(b("i04", 6, 15, 4));
        all.add(b("i05", 4, 9, 5));
        all.add(b("i06", 3, 9, 6));
        all.add(b("i07", 3, 10, 7));
        all.add(b("i08", 3, 11, 8));
        all.add(b("i09", 1, 9, 9));
        all.add(b("i10", 0, 8, 10));
        all.add(b("i11", 0, 9, 11));
        all.add(b("i12", 0, 10, 12));
        Set<String> keep = new TreeSet<>(BackupPolicy.keep(all, TODAY));
        // last five: i08..i12; newest per day within seven days (days 0..6 ago): i12, i09, i08, i05, i04
        assertEquals(new TreeSet<>(List.of("i04", "i05", "i08", "i09", "i10", "i11", "i12")), keep);
    }

    @Test
    void backupsOfUndoneOrUncommittedImportsAreNotKept() {
        List<BackupPolicy.Backup> all = List.of(b("applied", 0, 8, 3), b("undone-or-failed", 0, 9, 0),
                b("old-applied", 30, 9, 1));
        assertEquals(Set.of("applied", "old-applied"), BackupPolicy.keep(all, TODAY),
                "an old backup is still kept while it is among the last five applied imports");
    }

    @Test
    void aDayKeepsItsNewestAppliedBackupEvenWhenAnUnreferencedOneIsNewer() {
        List<BackupPolicy.Backup> all = new ArrayList<>();
        all.add(b("a1", 5, 9, 1));
        all.add(b("a2", 5, 10, 2));
        all.add(b("left-by-a-failed-import", 5, 11, 0));
        for (int i = 3; i <= 8; i++) {
            all.add(b("a" + i, 0, 8 + i, i));
        }
        assertEquals(Set.of("a2", "a4", "a5", "a6", "a7", "a8"), BackupPolicy.keep(all, TODAY));
    }
}
