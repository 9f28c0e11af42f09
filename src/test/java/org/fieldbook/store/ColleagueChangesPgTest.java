package org.fieldbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.fieldbook.PgTestServer;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The office on PostgreSQL: a program's views follow what colleagues write on the same database. A committed write
 * in one program tells the other program's commit listeners (what the window's views reload from) within seconds;
 * a rolled-back write tells nobody; a program's own write is told once, not once more as a colleague's.
 */
class ColleagueChangesPgTest {
    @TempDir
    Path dir;

    private static Services open(PgLocation db, Path folder) {
        return Services.open(db, folder, System::currentTimeMillis, () -> null);
    }

    private static void waitFor(String what, java.util.function.BooleanSupplier condition, long millis) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void aColleaguesCommittedWriteReachesTheOtherProgramsListeners() throws Exception {
        PgLocation db = PgTestServer.newDatabase();
        try (Services ana = open(db, dir.resolve("ana")); Services ben = open(db, dir.resolve("ben"))) {
            AtomicInteger anaTold = new AtomicInteger();
            AtomicInteger benTold = new AtomicInteger();
            ana.store().db().onCommit(anaTold::incrementAndGet);
            ben.store().db().onCommit(benTold::incrementAndGet);

            TestWorkspace.visit(ben, "Testville");
            int benWrites = benTold.get();
            assertTrue(benWrites >= 1, "Ben's own write is told to Ben");
            waitFor("Ana told of Ben's write", () -> anaTold.get() >= 1, 10_000);
            assertTrue(ana.visits().summaries().stream().anyMatch(v -> v.city().equals("Testville")),
                    "what Ana's views reload shows Ben's visit");

            // Ben's own notices do not come back to him as a colleague's
            Thread.sleep(1_500);
            assertEquals(benWrites, benTold.get());

            // a rolled-back write tells nobody
            int anaBefore = anaTold.get();
            assertThrows(RuntimeException.class, () -> ben.store().db().write(c -> {
                Sql.update(c, "INSERT INTO meta(key,value) VALUES('test.rolled_back','x')");
                throw new IllegalStateException("refused");
            }));
            Thread.sleep(1_500);
            assertEquals(anaBefore, anaTold.get(), "nothing committed, nothing told");
            assertEquals(benWrites, benTold.get());
        }
    }
}
