package org.fieldbook.installer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Starts the app (or a bare JavaFX window) as a separate process on a real X display and times it: from just
 * before the process starts until it prints {@code FIELDBOOK_WINDOW_SHOWN <ms>} (the app does so when started
 * with {@code -Dfieldbook.exitAfterShown=true}, then exits). Without a DISPLAY it starts its own Xvfb, and stops
 * it on {@link #close}.
 */
public final class LaunchProbe implements AutoCloseable {
    public static final String LINE = "FIELDBOOK_WINDOW_SHOWN";
    public static final String PROBE_PROPERTY = "-Dfieldbook.exitAfterShown=true";

    private final String display;
    private final Process xvfb;

    private LaunchProbe(String display, Process xvfb) {
        this.display = display;
        this.xvfb = xvfb;
    }

    /** A probe on $DISPLAY or on a fresh Xvfb; empty when there is neither. */
    public static Optional<LaunchProbe> open() throws IOException, InterruptedException {
        String env = System.getenv("DISPLAY");
        if (env != null && !env.isBlank()) {
            return Optional.of(new LaunchProbe(env, null));
        }
        Optional<Path> xvfbBinary = onPath("Xvfb");
        if (xvfbBinary.isEmpty()) {
            return Optional.empty();
        }
        for (int n = 80; n < 99; n++) {
            if (Files.exists(Path.of("/tmp/.X" + n + "-lock")) || Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                continue;
            }
            Process p = new ProcessBuilder(xvfbBinary.get().toString(), ":" + n, "-screen", "0", "1366x768x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            for (int i = 0; i < 50 && p.isAlive(); i++) {
                if (Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                    return Optional.of(new LaunchProbe(":" + n, p));
                }
                Thread.sleep(100);
            }
            p.destroy();
        }
        return Optional.empty();
    }

    static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public String display() {
        return display;
    }

    /** What one launch did. {@code windowMs} is -1 when the line never appeared; exit code is null when killed. */
    public record Result(long windowMs, long reportedMs, Integer exitCode, String output) {
        public boolean shown() {
            return windowMs >= 0;
        }
    }

    /** Runs {@code command}; waits up to {@code timeout} for the window line, then up to 20 s for the exit. */
    public Result run(List<String> command, Map<String, String> extraEnv, Duration timeout) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("DISPLAY", display);
        pb.environment().putAll(extraEnv);
        StringBuffer output = new StringBuffer();
        AtomicLong shownAt = new AtomicLong(-1);
        AtomicLong reported = new AtomicLong(-1);
        CountDownLatch shown = new CountDownLatch(1);
        long start = System.nanoTime();
        Process p = pb.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null;) {
                    int at = line.indexOf(LINE);
                    if (at >= 0 && shownAt.get() < 0) {
                        shownAt.set(System.nanoTime());
                        reported.set(parseMs(line.substring(at + LINE.length())));
                        shown.countDown();
                    }
                    output.append(line).append('\n');
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "launch-probe-reader");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (shown.getCount() > 0 && p.isAlive() && System.nanoTime() < deadline) {
            shown.await(50, TimeUnit.MILLISECONDS);
        }
        Integer exit = null;
        if (shown.getCount() == 0 || !p.isAlive()) {
            if (p.waitFor(20, TimeUnit.SECONDS)) {
                exit = p.exitValue();
            }
        }
        if (p.isAlive()) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
        reader.join(2000);
        long ms = shownAt.get() < 0 ? -1 : TimeUnit.NANOSECONDS.toMillis(shownAt.get() - start);
        return new Result(ms, reported.get(), exit, output.toString());
    }

    static long parseMs(String rest) {
        String t = rest.strip().split("\\s+")[0];
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        if (xvfb != null) {
            xvfb.destroy();
            try {
                xvfb.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
