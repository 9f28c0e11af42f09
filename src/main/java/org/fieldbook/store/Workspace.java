package org.fieldbook.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One workspace folder: {@code fieldbook.db}, {@code attachments/}, {@code backups/}, {@code logs/}.
 * Holding a Workspace holds an OS file lock, so a second process is refused.
 */
public final class Workspace implements AutoCloseable {
    private final Path folder;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private Workspace(Path folder, FileChannel lockChannel, FileLock lock) {
        this.folder = folder;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    public static Workspace open(Path folder) {
        createFolders(folder);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(folder.resolve("fieldbook.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new WorkspaceLockedException(folder);
            }
            return new Workspace(folder, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new WorkspaceLockedException(folder);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("Cannot lock the workspace " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * This program's own folder beside an office database on PostgreSQL (keys, logs, attachments received): not locked,
     * since several programs work on the same database at once; the database is not in it.
     */
    public static Workspace openBeside(Path folder) {
        createFolders(folder);
        return new Workspace(folder, null, null);
    }

    private static void createFolders(Path folder) {
        try {
            Files.createDirectories(folder);
            for (String sub : new String[] {"attachments", "backups", "logs"}) {
                Files.createDirectories(folder.resolve(sub));
            }
        } catch (IOException e) {
            throw new StoreException("Cannot create the workspace folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    public Path folder() {
        return folder;
    }

    public Path databaseFile() {
        return folder.resolve("fieldbook.db");
    }

    public Path attachments() {
        return folder.resolve("attachments");
    }

    public Path backups() {
        return folder.resolve("backups");
    }

    public Path logs() {
        return folder.resolve("logs");
    }

    @Override
    public void close() {
        if (lock == null) {
            return;
        }
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException ignored) {
            // the OS releases the lock when the process ends anyway
        }
    }
}
