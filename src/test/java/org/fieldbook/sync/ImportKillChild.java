package org.fieldbook.sync;

import java.nio.file.Path;
import org.fieldbook.app.Services;

/**
 * Run in a child JVM by {@link ImportKills}: opens the workspace given as first argument, prints "READY", imports
 * the bundle given as second argument (trusted, deletions confirmed) printing "PHASE step" each time the import
 * enters a new step, then "COMMITTED" once the import has returned. The parent kills it at some point of this.
 */
public final class ImportKillChild {
    private ImportKillChild() {
    }

    public static void main(String[] args) {
        Services s = Services.open(Path.of(args[0]));
        System.out.println("READY");
        System.out.flush();
        String[] last = {""};
        s.sync().imports().importBundle(Path.of(args[1]), SyncFixture.TRUST, (step, done, total) -> {
            if (!step.equals(last[0])) {
                last[0] = step;
                System.out.println("PHASE " + step);
                System.out.flush();
            }
        });
        System.out.println("COMMITTED");
        System.out.flush();
        s.close();
        System.exit(0);
    }
}
