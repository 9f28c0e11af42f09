package org.fieldbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer tells its listeners once after each committed write transaction, and never after a rolled-back one or a read. */
class CommitNotificationTest {
    @TempDir
    Path dir;

    @Test
    void oneNotificationPerCommittedWrite() {
        try (Database db = Database.open(dir.resolve("t.db"))) {
            AtomicInteger told = new AtomicInteger();
            AtomicInteger onWriter = new AtomicInteger();
            Runnable stop = db.onCommit(() -> {
                told.incrementAndGet();
                if (Thread.currentThread().getName().equals("fieldbook-writer")) {
                    onWriter.incrementAndGet();
                }
            });
            db.write(c -> Sql.update(c, "CREATE TABLE t(x INTEGER)"));
            db.write(c -> {
                // a write inside a write is part of the same transaction: one notification for both
                Sql.update(c, "INSERT INTO t(x) VALUES (1)");
                return db.write(inner -> Sql.update(inner, "INSERT INTO t(x) VALUES (2)"));
            });
            assertEquals(2, told.get());
            assertEquals(2, onWriter.get(), "told on the writer thread, right after the commit");

            assertThrows(RuntimeException.class, () -> db.write(c -> {
                Sql.update(c, "INSERT INTO t(x) VALUES (3)");
                throw new java.sql.SQLException("refused");
            }));
            db.read(c -> Sql.count(c, "SELECT count(*) FROM t"));
            assertEquals(2, told.get(), "a rolled-back write and a read tell nobody");
            assertEquals(2L, (long) db.<Long>read(c -> Sql.count(c, "SELECT count(*) FROM t")));

            stop.run();
            db.write(c -> Sql.update(c, "INSERT INTO t(x) VALUES (4)"));
            assertEquals(2, told.get(), "unregistered");
        }
    }

    @Test
    void aFailingListenerDoesNotTurnACommitIntoAFailure() {
        try (Database db = Database.open(dir.resolve("t.db"))) {
            AtomicInteger second = new AtomicInteger();
            db.onCommit(() -> {
                throw new IllegalStateException("listener broke");
            });
            db.onCommit(second::incrementAndGet);
            db.write(c -> Sql.update(c, "CREATE TABLE t(x INTEGER)"));
            assertEquals(1, second.get());
        }
    }
}
