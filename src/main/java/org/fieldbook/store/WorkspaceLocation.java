package org.fieldbook.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Works out which folder holds the workspace: --data, then FIELDBOOK_HOME, then the OS's per-user data folder. */
public final class WorkspaceLocation {
    private WorkspaceLocation() {
    }

    public static Path resolve(Path explicit, Map<String, String> env, String osName, String userHome) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        String home = env.get("FIELDBOOK_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Fieldbook");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Fieldbook");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("fieldbook");
    }

    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }
}
