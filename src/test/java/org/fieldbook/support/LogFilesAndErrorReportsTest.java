package org.fieldbook.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFilesAndErrorReportsTest {
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-03-20T09:15:30.250Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void recordsOfTheAppGoToTheRotatingLogFile() throws Exception {
        Path logs = dir.resolve("logs");
        try (LogFiles files = LogFiles.install(logs)) {
            Logger.getLogger("org.fieldbook.test").info("opened visit Lyon é");
            Logger.getLogger("org.fieldbook.test").fine("too detailed to keep");
            List<String> last = files.lastLines(10);
            assertEquals(1, last.size(), last.toString());
            assertTrue(last.get(0).contains("INFO org.fieldbook.test: opened visit Lyon é"), last.get(0));
            assertEquals(logs.resolve("fieldbook-0.log"), files.current());
            assertTrue(Files.readString(files.current()).contains("opened visit"));
        }
        Logger.getLogger("org.fieldbook.test").info("after close");
        assertTrue(!Files.readString(logs.resolve("fieldbook-0.log")).contains("after close"));
    }

    @Test
    void lastLinesKeepsOnlyTheTail() throws Exception {
        Path file = dir.resolve("a.log");
        Files.write(file, List.of("1", "2", "3", "4"));
        assertEquals(List.of("3", "4"), LogFiles.tail(file, 2));
        assertEquals(List.of("1", "2", "3", "4"), LogFiles.tail(file, 10));
        assertEquals(List.of(), LogFiles.tail(dir.resolve("missing.log"), 3));
    }

    @Test
    void reportNamesVersionSystemStackAndRecentLog() throws Exception {
        ErrorReports reports = new ErrorReports(dir.resolve("logs"), "1.2.3", () -> List.of("line a", "line b"), FIXED);
        Path file = reports.write(new Thread("worker-7"), new IllegalStateException("boom in merge"));
        assertEquals("error-20260320-091530-250.txt", file.getFileName().toString());
        String text = Files.readString(file);
        assertTrue(text.contains("Version: 1.2.3"), text);
        assertTrue(text.contains("OS:      " + System.getProperty("os.name")), text);
        assertTrue(text.contains("Java:    " + System.getProperty("java.version")), text);
        assertTrue(text.contains("Thread:  worker-7"), text);
        assertTrue(text.contains("java.lang.IllegalStateException: boom in merge"), text);
        assertTrue(text.contains("at org.fieldbook.support.LogFilesAndErrorReportsTest"), text);
        assertTrue(text.indexOf("line a") < text.indexOf("line b") && text.contains("Last log lines"), text);
    }

    @Test
    void twoReportsInTheSameMillisecondDoNotOverwriteEachOther() {
        ErrorReports reports = new ErrorReports(dir, null, null, FIXED);
        Path a = reports.write(Thread.currentThread(), new RuntimeException("a"));
        Path b = reports.write(Thread.currentThread(), new RuntimeException("b"));
        assertNotEquals(a, b);
        assertTrue(Files.exists(a) && Files.exists(b));
    }

    @Test
    void uncaughtExceptionsProduceAReportAndItsPathIsHandedOver() throws Exception {
        Path logs = dir.resolve("logs");
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        try (LogFiles files = LogFiles.install(logs)) {
            Logger.getLogger("org.fieldbook.test").info("about to fail");
            CompletableFuture<Path> reported = new CompletableFuture<>();
            Thread.UncaughtExceptionHandler handler = ErrorReports.forLogs(files, "9.9").install(reported::complete);
            assertSame(handler, Thread.getDefaultUncaughtExceptionHandler());
            Thread t = new Thread(() -> {
                throw new IllegalArgumentException("unexpected value 42");
            }, "failing-thread");
            t.start();
            t.join();
            Path report = reported.get(10, TimeUnit.SECONDS);
            assertNotNull(report);
            assertEquals(logs, report.getParent());
            String text = Files.readString(report);
            assertTrue(text.contains("unexpected value 42") && text.contains("failing-thread"), text);
            assertTrue(text.contains("about to fail"), "the report quotes the log: " + text);
            assertTrue(Files.readString(files.current()).contains("unexpected value 42"), "the error is logged too");
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }
}
