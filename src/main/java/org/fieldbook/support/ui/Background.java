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
 * Runs database and file work off the JavaFX thread and hands the result back on it. {@link #busyProperty()}
 * counts jobs under way so views can show progress.
 */
public final class Background implements AutoCloseable {
    private final ExecutorService pool;
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
    }
}
