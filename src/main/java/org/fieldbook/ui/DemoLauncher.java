package org.fieldbook.ui;

import java.util.Optional;
import org.fieldbook.app.Services;

/**
 * Makes the demo visit with the demo generator (org.fieldbook.demo.DemoGenerator, built separately); returns
 * the new visit's id. Looked up by name so the window still works in a build without it.
 */
final class DemoLauncher {
    private static final String GENERATOR = "org.fieldbook.demo.DemoGenerator";

    private DemoLauncher() {
    }

    static boolean available() {
        try {
            Class.forName(GENERATOR);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    static Optional<String> generate(Services services) throws Exception {
        Class<?> type;
        try {
            type = Class.forName(GENERATOR);
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
        Object generator = type.getConstructor(Services.class).newInstance(services);
        return Optional.of((String) type.getMethod("generate").invoke(generator));
    }
}
