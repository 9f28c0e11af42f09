package org.fieldbook.app.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.fieldbook.app.Services;
import org.fieldbook.store.PgLocation;
import org.fieldbook.store.StoreException;
import org.fieldbook.store.WorkspaceLocation;

/**
 * Which workspaces the window can switch to: a folder (SQLite) or the office's PostgreSQL database
 * ({@code postgresql://HOST/DB}), and the one chosen last, remembered in a small file outside every workspace so the
 * next start opens it (when no {@code --data} or {@code --db} is given). The address is stored as shown to people:
 * {@link PgLocation} refuses a password written in it, so no credential is ever written; a password the server asks
 * for is kept in memory only.
 */
public final class Workspaces {
    /** The file holding the workspace chosen last (one line), or null: nothing remembered. */
    private final Path memory;
    /** This program's own folder beside an office database (keys, logs), as {@code --db} without {@code --data} uses. */
    private final Path ownFolder;

    public Workspaces(Path memory, Path ownFolder) {
        this.memory = memory;
        this.ownFolder = ownFolder;
    }

    /** The person's: remembered beside the per-user data folder; the office database's own folder is that folder. */
    public static Workspaces forUser() {
        // beside the per-user data folder whatever FIELDBOOK_HOME says, so it is found again at the next start
        java.util.Map<String, String> env = new java.util.HashMap<>(System.getenv());
        env.remove("FIELDBOOK_HOME");
        Path base = WorkspaceLocation.resolve(null, env, System.getProperty("os.name"), System.getProperty("user.home"));
        return new Workspaces(base.resolveSibling("fieldbook-last-workspace.txt"), WorkspaceLocation.resolve(null));
    }

    /** This program's own folder beside an office database (keys, logs): where the window on it listens for launches. */
    public Path ownFolder() {
        return ownFolder;
    }

    /** A workspace address: an office database's, or a folder's (absolute, normalised). */
    public record Address(PgLocation database, Path folder) {
        /**
         * Reads what a person typed or picked: {@code postgresql://…} (or {@code postgres://…}) is an office database,
         * anything else a folder. A mistake in the address is a clear message ({@link StoreException}).
         */
        public static Address parse(String text) {
            String t = text == null ? "" : text.strip();
            if (t.isEmpty()) {
                throw StoreException.said("store.address.none", "No workspace given: choose a folder or type a postgresql:// address.");
            }
            if (PgLocation.looksLike(t)) {
                return new Address(PgLocation.parse(t), null);
            }
            return new Address(null, Path.of(t).toAbsolutePath().normalize());
        }

        /** As shown to people and as remembered (no password, ever). */
        @Override
        public String toString() {
            return database != null ? database.toString() : folder.toString();
        }
    }

    /**
     * Opens the workspace at {@code address}; {@code password} is asked when the database server wants one (kept in
     * memory only). A folder must exist (a typing mistake does not create an empty workspace); a locked or unreachable
     * one is a clear message and nothing is opened.
     */
    public Services open(Address address, Supplier<char[]> password) {
        if (address.database() != null) {
            return Services.open(address.database(), ownFolder, System::currentTimeMillis, password);
        }
        if (!Files.isDirectory(address.folder())) {
            throw new NoFolder(address.folder());
        }
        return Services.open(address.folder());
    }

    /** The folder named does not exist (a typing mistake must not create an empty workspace somewhere). */
    public static final class NoFolder extends StoreException {
        private final Path folder;

        NoFolder(Path folder) {
            super("There is no folder " + folder + ": choose an existing folder (an empty one starts a new workspace).");
            this.folder = folder;
        }

        public Path folder() {
            return folder;
        }
    }

    /** Remembers {@code address} for the next start (written off the FX thread; a failure only means it is not). */
    public void remember(Address address) {
        if (memory == null) {
            return;
        }
        try {
            Files.createDirectories(memory.toAbsolutePath().getParent());
            Path tmp = memory.resolveSibling(memory.getFileName() + ".tmp");
            Files.writeString(tmp, address.toString() + "\n");
            Files.move(tmp, memory, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            java.util.logging.Logger.getLogger(Workspaces.class.getName()).warning("The workspace chosen is not remembered: " + e);
        }
    }

    /** The workspace chosen last, if one was and it still reads as an address. */
    public Optional<Address> remembered() {
        if (memory == null || !Files.isRegularFile(memory)) {
            return Optional.empty();
        }
        try {
            String line = Files.readString(memory).strip();
            return line.isEmpty() ? Optional.empty() : Optional.of(Address.parse(line));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
