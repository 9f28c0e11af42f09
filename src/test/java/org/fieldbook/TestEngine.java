package org.fieldbook;

import java.nio.file.Path;
import java.util.function.LongSupplier;
import org.fieldbook.app.Services;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Which store engine test workspaces use: SQLite folders (the default), or PostgreSQL when the system property
 * {@code fieldbook.test.engine=postgresql} is set (any test class then runs on the embedded server) or while a test
 * class extended with {@link OnPostgres} runs (a PostgreSQL copy of a SQLite test class, in the normal test run).
 */
public final class TestEngine {
    private static volatile boolean postgres = "postgresql".equals(System.getProperty("fieldbook.test.engine"));

    private TestEngine() {
    }

    public static boolean postgres() {
        return postgres;
    }

    /** Opens the workspace that stands for {@code folder} on the current engine. */
    public static Services open(Path folder, LongSupplier wallClock) {
        if (postgres) {
            return Services.open(PgTestServer.forFolder(folder), folder, wallClock, null);
        }
        return Services.open(folder, wallClock);
    }

    /** Runs a test class on PostgreSQL: {@code @ExtendWith(TestEngine.OnPostgres.class)} on a subclass of a SQLite test. */
    public static final class OnPostgres implements BeforeAllCallback, AfterAllCallback {
        private boolean before;

        @Override
        public void beforeAll(ExtensionContext context) {
            before = postgres;
            postgres = true;
        }

        @Override
        public void afterAll(ExtensionContext context) {
            postgres = before;
        }
    }
}
