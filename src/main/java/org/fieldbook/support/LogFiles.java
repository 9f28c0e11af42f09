package org.fieldbook.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The workspace's log files: {@code logs/fieldbook-0.log} is the newest, older ones rotate to
 * {@code fieldbook-1.log} … {@code fieldbook-4.log} at 1 MB each. {@link #install} attaches a handler to the
 * {@code org.fieldbook} logger; {@link #close} removes it again.
 */
public final class LogFiles implements AutoCloseable {
    static final String PATTERN = "fieldbook-%g.log";
    static final int LIMIT_BYTES = 1_000_000;
    static final int COUNT = 5;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private final Path folder;
    private final FileHandler handler;
    private final Logger logger;

    private LogFiles(Path folder, FileHandler handler, Logger logger) {
        this.folder = folder;
        this.handler = handler;
        this.logger = logger;
    }

    /** Starts writing records of {@code org.fieldbook.*} (INFO and above) to {@code logsFolder}. */
    public static LogFiles install(Path logsFolder) {
        try {
            Files.createDirectories(logsFolder);
            String pattern = logsFolder.toAbsolutePath().resolve(PATTERN).toString().replace('\\', '/');
            FileHandler handler = new FileHandler(pattern, LIMIT_BYTES, COUNT, true);
            handler.setEncoding(StandardCharsets.UTF_8.name());
            handler.setFormatter(new LineFormatter());
            handler.setLevel(Level.INFO);
            Logger logger = Logger.getLogger("org.fieldbook");
            logger.setLevel(Level.INFO);
            logger.addHandler(handler);
            return new LogFiles(logsFolder, handler, logger);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write logs in " + logsFolder + ": " + e.getMessage(), e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** The newest log file. */
    public Path current() {
        return folder.resolve(PATTERN.replace("%g", "0"));
    }

    /** The last {@code max} lines of the newest log file (fewer when it is shorter; empty when there is none). */
    public List<String> lastLines(int max) {
        handler.flush();
        return tail(current(), max);
    }

    static List<String> tail(Path file, int max) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return new ArrayList<>(all.subList(Math.max(0, all.size() - max), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return List.of("(log not readable: " + e.getMessage() + ")");
        }
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        handler.close();
    }

    /** One line per record: time, level, logger, message; the stack trace follows when there is one. */
    static final class LineFormatter extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder b = new StringBuilder()
                    .append(TIME.format(Instant.ofEpochMilli(r.getMillis()))).append(' ')
                    .append(r.getLevel().getName()).append(' ')
                    .append(r.getLoggerName()).append(": ")
                    .append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                b.append(ErrorReports.stackTrace(r.getThrown()));
            }
            return b.toString();
        }
    }
}
