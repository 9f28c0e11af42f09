package org.fieldbook.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.fieldbook.stakeholder.Stakeholder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every log line the test suite writes (java.util.logging, which the log files and error reports go through) is kept
 * and, after each test class, searched for the demo's people: their names, e-mails and phones. A class during which one
 * was logged fails. Registered for every JUnit test class by extension auto-detection
 * ({@code META-INF/services/org.junit.jupiter.api.extension.Extension}, {@code junit-platform.properties}).
 */
public final class SuiteLogScan implements BeforeAllCallback, AfterAllCallback {
    private static final List<String> LINES = Collections.synchronizedList(new ArrayList<>());
    private static boolean installed;

    private static synchronized void install() {
        if (installed) {
            return;
        }
        Handler h = new Handler() {
            private final SimpleFormatter format = new SimpleFormatter();

            @Override
            public void publish(LogRecord r) {
                if (r != null) {
                    LINES.add(format.format(r));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        h.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(h);
        installed = true;
    }

    /** The demo's people: every name, e-mail and phone of its directory. */
    static List<String> secrets() {
        List<String> out = new ArrayList<>();
        for (DemoDirectory.Entry e : DemoDirectory.ENTRIES) {
            Stakeholder s = e.toStakeholder("city");
            for (String v : new String[] {s.person(), s.email(), s.phone()}) {
                if (v != null && v.length() > 3) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    /** The lines holding one of the demo's people, each with what it holds. */
    static List<String> leaks(List<String> lines) {
        List<String> secrets = secrets();
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            for (String s : secrets) {
                if (line.contains(s)) {
                    out.add("'" + s + "' in the log line: " + line.strip());
                }
            }
        }
        return out;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        install();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        List<String> lines;
        synchronized (LINES) {
            lines = new ArrayList<>(LINES);
            LINES.clear();
        }
        List<String> found = leaks(lines);
        if (!found.isEmpty()) {
            throw new AssertionError(found.size() + " log line(s) written by " + context.getDisplayName()
                    + " name the demo's people:\n  " + String.join("\n  ", found.subList(0, Math.min(5, found.size()))));
        }
    }
}
