package org.fieldbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fieldbook.app.Services;
import org.junit.jupiter.api.AfterEach;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * A TestFX test of one screen over a test workspace in a new temporary folder. The subclass opens it in its
 * {@code start} with {@link #openWorkspace}; it is closed after each test, after the subclass's own {@code @AfterEach}.
 */
public abstract class WorkspaceScreenTest extends ApplicationTest {
    /** The temporary folder of this test. */
    protected Path dir;
    /** The open test workspace. */
    protected Services services;

    /**
     * Makes a temporary folder named after {@code prefix} and opens a test workspace in it, or in its sub-folder
     * {@code sub} when that is not null.
     */
    protected final Services openWorkspace(String prefix, String sub) throws IOException {
        dir = Files.createTempDirectory(prefix);
        services = TestWorkspace.open(sub == null ? dir : dir.resolve(sub));
        return services;
    }

    @AfterEach
    protected void closeWorkspace() {
        if (services != null) {
            services.close();
        }
    }
}
