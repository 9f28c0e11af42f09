package org.fieldbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader pool fails with a clear message instead of waiting forever, and refuses a read inside a read. */
class ReaderPoolTest {
    @TempDir
    Path dir;

    @Test
    void aReadFailsAfterABoundedWaitWhenEveryConnectionIsBusyThenReadsWorkAgain() throws Exception {
        ExecutorService holders = Executors.newFixedThreadPool(Database.READERS);
        try (Database db = Database.open(dir.resolve("pool.db"))) {
            db.setReaderWait(300);
            assertEquals(1, db.openReaders(), "one read connection at opening, the others when reads overlap");
            CountDownLatch holding = new CountDownLatch(Database.READERS);
            CountDownLatch release = new CountDownLatch(1);
            List<Future<Integer>> held = new ArrayList<>();
            for (int i = 0; i < Database.READERS; i++) {
                held.add(holders.submit(() -> db.read(c -> {
                    holding.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return 1;
                })));
            }
            assertTrue(holding.await(5, TimeUnit.SECONDS), "every read connection is held");
            long start = System.nanoTime();
            StoreException busy = assertThrows(StoreException.class, () -> db.read(c -> 1));
            long waitedMs = (System.nanoTime() - start) / 1_000_000;
            assertTrue(busy.getMessage().contains("no read connection became free within 300 ms"), busy.getMessage());
            assertEquals(Database.READERS, db.openReaders(), "never more than READERS");
            assertTrue(waitedMs >= 250 && waitedMs < 5_000, "waited " + waitedMs + " ms");
            release.countDown();
            for (Future<Integer> f : held) {
                assertEquals(1, f.get(10, TimeUnit.SECONDS));
            }
            assertEquals(Integer.valueOf(42), db.read(c -> 42), "connections are back in the pool");
        } finally {
            holders.shutdownNow();
        }
    }

    @Test
    void aReadInsideAReadOnTheSameThreadIsRefusedAtOnceAndTheConnectionIsReturned() {
        try (Database db = Database.open(dir.resolve("nested.db"))) {
            db.setReaderWait(60_000);
            long start = System.nanoTime();
            StoreException nested = assertThrows(StoreException.class, () -> db.read(c -> db.read(inner -> 1)));
            assertTrue(nested.getMessage().contains("inside another read"), nested.getMessage());
            assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000, "refused without waiting");
            for (int i = 0; i < 10; i++) {
                int expected = i;
                assertEquals(Integer.valueOf(expected), db.read(c -> Sql.one(c, "SELECT ?", rs -> rs.getInt(1), expected).orElseThrow()));
            }
        }
    }
}
