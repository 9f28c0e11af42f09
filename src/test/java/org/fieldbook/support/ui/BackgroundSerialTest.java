package org.fieldbook.support.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's one runner: a view's ordered queue runs its jobs one at a time in the order given, every job counts in
 * the window's busy figure while it waits or runs, a closed queue refuses new jobs but still runs what was queued (a
 * last save), and closing the window runs what is left instead of dropping it.
 */
class BackgroundSerialTest {
    private final Background runner = new Background();

    @BeforeAll
    static void fx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        runner.close();
    }

    @Test
    void jobsRunOneAtATimeInTheOrderGivenAndCountAsBusy() throws Exception {
        Background.Serial queue = runner.serial("test");
        List<Integer> order = new CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        int[] concurrent = {0, 0};
        for (int i = 0; i < 20; i++) {
            int n = i;
            queue.execute(() -> {
                synchronized (concurrent) {
                    concurrent[0]++;
                    concurrent[1] = Math.max(concurrent[1], concurrent[0]);
                }
                if (n == 0) {
                    await(release);
                }
                order.add(n);
                synchronized (concurrent) {
                    concurrent[0]--;
                }
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(20, runner.running(), "queued and running jobs are counted");
        assertEquals(20, runner.busyProperty().get(), "the window's busy figure sees the queue's jobs");
        release.countDown();
        waitUntil(() -> order.size() == 20);
        assertEquals(java.util.stream.IntStream.range(0, 20).boxed().toList(), order);
        assertEquals(1, concurrent[1], "never two jobs of one queue at once");
        waitUntil(() -> runner.running() == 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, runner.busyProperty().get());
        assertTrue(queue.idle());
    }

    @Test
    void aClosedQueueRefusesNewJobsButRunsTheQueuedOnes() throws Exception {
        Background.Serial queue = runner.serial("test");
        CountDownLatch release = new CountDownLatch(1);
        List<String> done = new CopyOnWriteArrayList<>();
        queue.execute(() -> await(release));
        queue.execute(() -> done.add("last save"));
        queue.close();
        assertThrows(RejectedExecutionException.class, () -> queue.execute(() -> done.add("too late")));
        release.countDown();
        waitUntil(() -> runner.running() == 0);
        assertEquals(List.of("last save"), done);
    }

    @Test
    void closingTheWindowRunsWhatIsQueuedInsteadOfDroppingIt() throws Exception {
        Background.Serial queue = runner.serial("test");
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> done = new CopyOnWriteArrayList<>();
        queue.execute(() -> await(release));
        for (int i = 0; i < 3; i++) {
            int n = i;
            queue.execute(() -> done.add(n));
        }
        runner.close();
        release.countDown();
        waitUntil(() -> done.size() == 3);
        assertEquals(List.of(0, 1, 2), done);
        assertThrows(RejectedExecutionException.class, () -> queue.execute(() -> { }));
    }

    @Test
    void aFailingJobDoesNotStopTheQueue() throws Exception {
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        runner.setDefaultErrorHandler(errors::add);
        Background.Serial queue = runner.serial("test");
        List<String> done = new CopyOnWriteArrayList<>();
        queue.execute(() -> {
            throw new IllegalStateException("disk full");
        });
        queue.execute(() -> done.add("next"));
        waitUntil(() -> done.size() == 1 && runner.running() == 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, errors.size());
        assertEquals("disk full", errors.get(0).getMessage());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(10);
        }
    }
}
