package org.fieldbook.app.ui;

import java.lang.management.ManagementFactory;

/**
 * For the startup benchmark: with {@code -Dfieldbook.exitAfterShown=true}, prints
 * {@code FIELDBOOK_WINDOW_SHOWN <ms since JVM start>} once the main window is shown, and the app exits.
 */
public final class StartupProbe {
    public static final String PROPERTY = "fieldbook.exitAfterShown";

    private StartupProbe() {
    }

    public static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    public static long millisSinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** With the probe on, notes on stderr how long after JVM start a phase of startup ended. */
    public static void phase(String name) {
        if (enabled()) {
            System.err.println("FIELDBOOK_PHASE " + name + " " + millisSinceJvmStart());
        }
    }

    public static void report() {
        System.out.println("FIELDBOOK_WINDOW_SHOWN " + millisSinceJvmStart());
        System.out.flush();
    }
}
