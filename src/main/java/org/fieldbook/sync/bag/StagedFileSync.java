package org.fieldbook.sync.bag;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.fieldbook.sync.BundleRejected;

/**
 * Flushes staged attachment copies to disk on a thread of its own, so the disk writes the previous file while the
 * next one is read and hashed. {@link #awaitAll} returns only when every copy handed over is on disk.
 */
final class StagedFileSync implements AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fieldbook-staged-sync");
        t.setDaemon(true);
        return t;
    });
    private final List<Future<?>> pending = new ArrayList<>();

    /** Takes over {@code channel}: forces it to disk, then closes it. */
    void submit(FileChannel channel, String path) {
        pending.add(thread.submit(() -> {
            try (channel) {
                channel.force(true);
            } catch (IOException e) {
                throw BundleRejected.coded(e, "bag.cannotStage", "cannot stage " + path + ": " + e.getMessage(),
                        path, e.getMessage());
            }
            return null;
        }));
    }

    /** Waits until every copy handed over is on disk; the first failure is rethrown. */
    void awaitAll() {
        for (Future<?> f : pending) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw BundleRejected.coded(e, "bag.stagingInterrupted", "interrupted while staging the attachments");
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : BundleRejected.coded(e, "bag.cannotStageAll", "cannot stage: " + e.getCause(),
                        e.getCause());
            }
        }
        pending.clear();
    }

    /** Lets the flushes already handed over finish (their channels get closed) and ends the thread. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
