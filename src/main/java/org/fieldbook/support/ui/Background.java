package org.fieldbook.support.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The window's one runner for work off the JavaFX thread: database and file work, autosave timers, and ordered
 * queues for the views that need their writes in order ({@link #serial(String)}). Everything runs on its two
 * worker threads and one timer thread, all stopped by {@link #close()} with the window; {@link #busyProperty()}
 * counts every job under way, whichever view asked, so the window's busy indicator sees them all.
 */
public final class Background implements AutoCloseable {
    private final ExecutorService pool;
    private final java.util.concurrent.ScheduledExecutorService timer;
    private final ReadOnlyIntegerWrapper busy = new ReadOnlyIntegerWrapper(0);
    private final AtomicInteger running = new AtomicInteger();
    private volatile Consumer<Throwable> defaultErrorHandler = Throwable::printStackTrace;

    public Background() {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "fieldbook-bg-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fieldbook-timer");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * A queue on this runner whose jobs run one at a time in the order given (a view's saves and reloads), each
     * counted as busy while it waits or runs. Closing the queue refuses new jobs with a
     * {@link java.util.concurrent.RejectedExecutionException} and lets the queued ones finish; the runner goes on.
     */
    public Serial serial(String name) {
        return new Serial(name);
    }

    /** Runs {@code action} once after {@code delayMillis} on the timer thread; the handle cancels it. */
    public java.util.concurrent.Future<?> schedule(Runnable action, long delayMillis) {
        return timer.schedule(action, delayMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** See {@link #serial(String)}. */
    public final class Serial implements java.util.concurrent.Executor, AutoCloseable {
        private final String name;
        private final java.util.ArrayDeque<Runnable> queue = new java.util.ArrayDeque<>();
        private boolean active;
        private boolean closed;

        private Serial(String name) {
            this.name = name;
        }

        @Override
        public void execute(Runnable job) {
            synchronized (this) {
                if (closed || pool.isShutdown()) {
                    throw new java.util.concurrent.RejectedExecutionException(name + " is closed");
                }
                queue.add(job);
                running.incrementAndGet();
                fx(() -> busy.set(busy.get() + 1));
                if (active) {
                    return;
                }
                active = true;
            }
            next();
        }

        private void next() {
            Runnable job;
            synchronized (this) {
                job = queue.poll();
                if (job == null) {
                    active = false;
                    return;
                }
            }
            try {
                pool.execute(() -> {
                    try {
                        run(job);
                    } finally {
                        next();
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException windowClosed) {
                // the window is closing: what was queued (a last save) still runs, here and in order
                run(job);
                next();
            }
        }

        /** Runs one job; a failure goes to the window's error handler, and the job is counted done either way. */
        private void run(Runnable job) {
            try {
                job.run();
            } catch (Throwable t) {
                fx(() -> defaultErrorHandler.accept(t));
            } finally {
                done(1);
            }
        }

        private void done(int jobs) {
            running.addAndGet(-jobs);
            fx(() -> busy.set(busy.get() - jobs));
        }

        /** True while a job of this queue waits or runs. */
        public synchronized boolean idle() {
            return !active && queue.isEmpty();
        }

        /** Refuses new jobs; those already queued still run (a last save is not lost), as with a shut-down executor. */
        @Override
        public synchronized void close() {
            closed = true;
        }
    }

    public void setDefaultErrorHandler(Consumer<Throwable> handler) {
        this.defaultErrorHandler = handler;
    }

    public ReadOnlyIntegerProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Number of jobs submitted and not yet handed back (safe from any thread). */
    public int running() {
        return running.get();
    }

    public <T> void call(Callable<T> work, Consumer<T> onDone) {
        call(work, onDone, null);
    }

    /** Runs {@code work} in the background; {@code onDone} or {@code onError} run on the FX thread. */
    public <T> void call(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        if (pool.isShutdown()) {
            return; // the window has closed: late work (a debounced save, a refresh) has nowhere to go
        }
        running.incrementAndGet();
        fx(() -> busy.set(busy.get() + 1));
        try {
            pool.submit(() -> {
            try {
                T result = work.call();
                fx(() -> {
                    // the work is done: the spinner stops before the result shows (it may open a modal dialog)
                    busy.set(busy.get() - 1);
                    try {
                        if (onDone != null) {
                            onDone.accept(result);
                        }
                    } finally {
                        finished();
                    }
                });
            } catch (Throwable t) {
                fx(() -> {
                    busy.set(busy.get() - 1);
                    try {
                        (onError != null ? onError : defaultErrorHandler).accept(t);
                    } finally {
                        finished();
                    }
                });
            }
        });
        } catch (java.util.concurrent.RejectedExecutionException closedMeanwhile) {
            running.decrementAndGet();
            fx(() -> busy.set(busy.get() - 1));
        }
    }

    /** Runs {@code work} in the background for its effect only. */
    public void exec(Runnable work, Runnable onDone) {
        call(() -> {
            work.run();
            return null;
        }, ignored -> {
            if (onDone != null) {
                onDone.run();
            }
        });
    }

    private void finished() {
        running.decrementAndGet();
    }

    private static void fx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    @Override
    public void close() {
        pool.shutdown();
        timer.shutdownNow();
    }

    /** After {@link #close()}: waits (at most {@code millis}) until the jobs already under way have finished. */
    public boolean awaitClosed(long millis) {
        try {
            return pool.awaitTermination(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
