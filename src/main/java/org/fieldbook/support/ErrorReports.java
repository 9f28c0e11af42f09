package org.fieldbook.support;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes a report file for an unexpected error ({@code logs/error-<timestamp>.txt}: version, OS, Java, thread,
 * stack trace, the last log lines) so support can see what happened, and hands its path to the caller so the
 * window can show a calm message instead of vanishing.
 */
public final class ErrorReports {
    private static final Logger LOG = Logger.getLogger(ErrorReports.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    static final int LOG_LINES = 50;

    private final Path logsFolder;
    private final String version;
    private final Supplier<List<String>> recentLog;
    private final Clock clock;

    public ErrorReports(Path logsFolder, String version, Supplier<List<String>> recentLog, Clock clock) {
        this.logsFolder = Objects.requireNonNull(logsFolder);
        this.version = version == null ? AboutInfo.DEVELOPMENT_VERSION : version;
        this.recentLog = recentLog == null ? List::of : recentLog;
        this.clock = clock;
    }

    /** Reports into the log files' folder, quoting their last lines. */
    public static ErrorReports forLogs(LogFiles logs, String version) {
        return new ErrorReports(logs.folder(), version, () -> logs.lastLines(LOG_LINES), Clock.systemDefaultZone());
    }

    /** Writes the report and returns its path. */
    public Path write(Thread thread, Throwable error) {
        LOG.log(Level.SEVERE, "Unexpected error in thread " + (thread == null ? "?" : thread.getName()), error);
        String text = report(thread, error);
        try {
            Files.createDirectories(logsFolder);
            String stamp = STAMP.format(clock.instant().atZone(clock.getZone()));
            Path file = logsFolder.resolve("error-" + stamp + ".txt");
            for (int n = 2; Files.exists(file); n++) {
                file = logsFolder.resolve("error-" + stamp + "-" + n + ".txt");
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the error report in " + logsFolder, e);
        }
    }

    String report(Thread thread, Throwable error) {
        StringBuilder b = new StringBuilder();
        b.append("Fieldbook error report").append('\n');
        b.append("Time:    ").append(clock.instant()).append('\n');
        b.append("Version: ").append(version).append('\n');
        b.append("OS:      ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append(" (").append(System.getProperty("os.arch")).append(")\n");
        b.append("Java:    ").append(System.getProperty("java.version")).append(' ')
                .append(System.getProperty("java.vendor", "")).append(" / ").append(System.getProperty("java.vm.name", "")).append('\n');
        b.append("Thread:  ").append(thread == null ? "?" : thread.getName()).append("\n\n");
        b.append("Stack trace\n").append(stackTrace(error)).append('\n');
        b.append("Last log lines\n");
        List<String> lines;
        try {
            lines = recentLog.get();
        } catch (RuntimeException e) {
            lines = List.of("(log not readable: " + e.getMessage() + ")");
        }
        if (lines.isEmpty()) {
            b.append("(none)\n");
        }
        for (String line : lines) {
            b.append(line).append('\n');
        }
        return b.toString();
    }

    /**
     * Makes this the handler for uncaught exceptions of every thread. {@code onReport} gets the report's path
     * (the window shows a calm message with it); when writing the report fails, it gets null.
     */
    public Thread.UncaughtExceptionHandler install(Consumer<Path> onReport) {
        Thread.UncaughtExceptionHandler handler = (thread, error) -> {
            Path file = null;
            try {
                file = write(thread, error);
            } catch (RuntimeException e) {
                error.addSuppressed(e);
                System.err.println("fieldbook: unexpected error, and no report could be written: " + error);
            }
            if (onReport != null) {
                onReport.accept(file);
            }
        };
        Thread.setDefaultUncaughtExceptionHandler(handler);
        return handler;
    }

    static String stackTrace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
