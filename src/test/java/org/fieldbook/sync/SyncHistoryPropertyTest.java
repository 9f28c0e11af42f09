package org.fieldbook.sync;

import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Item 6 of the sync issue, proved by generated histories (see {@link SyncHistories}): 1,000 short histories of two
 * experts, a representative and the office with skewed clocks, restarts, edits of every field kind and bundles
 * exchanged in any order. A failure shrinks to a short history printed step by step.
 */
class SyncHistoryPropertyTest {
    private static SyncHistories.Template template;

    @BeforeContainer
    static void template() throws Exception {
        System.setProperty(org.fieldbook.sync.imports.ImportService.SKIP_BACKUP_PROPERTY, "true");
        template = SyncHistories.Template.build();
    }

    @AfterContainer
    static void removeTemplate() {
        System.clearProperty(org.fieldbook.sync.imports.ImportService.SKIP_BACKUP_PROPERTY);
        System.out.println("sync histories, time per phase: " + SyncHistories.times() + "; process CPU "
                + ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000 + " ms");
        if (template != null) {
            SyncHistories.deleteTree(template.dir);
        }
    }

    @Provide
    Arbitrary<SyncHistories.History> histories() {
        return SyncHistories.histories();
    }

    @Property(tries = 1000)
    void noEditIsEverSilentlyLost(@ForAll("histories") SyncHistories.History history) throws Exception {
        Path dir = SyncHistories.tempDir("fieldbook-history-");
        try {
            SyncHistories.run(template, history, dir);
        } finally {
            SyncHistories.deleteTree(dir);
        }
    }
}
