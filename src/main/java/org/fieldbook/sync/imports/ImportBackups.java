package org.fieldbook.sync.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fieldbook.store.Sql;
import org.fieldbook.store.Store;
import org.fieldbook.base.Phrase;

/**
 * The workspace's {@code backups/} folder of pre-import copies ({@code pre-import-<time>-<tag>.db}).
 *
 * <p>A backup is written under a temporary name ({@code .db.partial}), flushed to disk and only then renamed, so a
 * backup that an interrupted import left behind is recognisable and never mistaken for a complete one. Before it is
 * written, the free space is checked against the database's size (with its log) plus a margin. {@link #tidy} (run
 * when the workspace is opened) removes such leftovers and every backup {@link BackupPolicy} does not keep;
 * {@link #prune} applies the policy after each import.
 */
public final class ImportBackups {
    static final String PREFIX = "pre-import-";
    static final String SUFFIX = ".db";
    static final String PARTIAL = ".partial";
    /** Free space asked for on top of the database's size (the import's own log grows too): 16 MB and a tenth. */
    static final long MARGIN_BYTES = 16L << 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final long MB = 1L << 20;

    private final Store store;
    private volatile FreeSpace freeSpace = FreeSpace.SYSTEM;

    ImportBackups(Store store) {
        this.store = store;
    }

    /** The workspace's backups folder. */
    public Path folder() {
        return store.workspace().backups();
    }

    /** Replaces how free space is measured (a test simulates a full disk with it). */
    public void useFreeSpace(FreeSpace probe) {
        this.freeSpace = probe;
    }

    /** Bytes a backup needs free before it is taken: the database and its log, a tenth more and {@link #MARGIN_BYTES}. */
    public long needed() {
        long size = sizeOf(store.workspace().databaseFile()) + sizeOf(walOf(store.workspace().databaseFile()));
        return size + size / 10 + MARGIN_BYTES;
    }

    /** Refuses (changing nothing) when the backups folder's disk has less free space than {@link #needed}. */
    void checkSpace() {
        long need = needed();
        long free;
        try {
            free = freeSpace.usableBytes(folder());
        } catch (IOException e) {
            return; // the file system does not say: the backup's own write will tell
        }
        if (free < need) {
            throw ImportNotApplied.coded("backup.noSpace", "not enough free disk space for the pre-import backup: need " + mb(need) + " MB, "
                    + free / MB + " MB free on " + folder() + "; nothing was imported. Free some space on that disk "
                    + "and import again.", mb(need), free / MB, folder());
        }
    }

    /**
     * Writes a complete copy of the database for the import of {@code bundleId} and returns it. On failure nothing is
     * left behind and {@link ImportNotApplied} says why.
     */
    Path take(String bundleId) {
        Path target = newName(bundleId);
        Path partial = partialOf(target);
        try {
            Files.createDirectories(folder()); // removed by hand while the workspace was open
            store.db().backupTo(partial);
            try (FileChannel ch = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                ch.force(true); // VACUUM INTO does not flush its output
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            syncFolder(folder());
            return target;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(partial);
            deleteQuietly(partial.resolveSibling(partial.getFileName() + "-journal"));
            throw ImportNotApplied.coded(e, "backup.notWritten", "the pre-import backup could not be written in " + folder() + " (" + reason(e)
                    + "); nothing was imported. Free some space on that disk (or check the folder can be written) "
                    + "and import again.", folder(), reason(e));
        }
    }

    /** At open: removes backups an interrupted import left half-written and every backup the policy does not keep. */
    int tidy() {
        int removed = 0;
        for (Path p : list()) {
            if (p.getFileName().toString().contains(SUFFIX + PARTIAL) && deleteQuietly(p)) {
                removed++;
            }
        }
        return removed + prune();
    }

    /** Removes the complete backups {@link BackupPolicy} does not keep; returns how many went. */
    int prune() {
        Map<String, Long> applied = store.db().read(c -> Sql.list(c,
                        "SELECT backup, n FROM sync_import WHERE status='applied' AND backup <> ''",
                        rs -> Map.entry(rs.getString(1), rs.getLong(2))))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Math::max));
        List<BackupPolicy.Backup> backups = new ArrayList<>();
        for (Path p : complete()) {
            String name = p.getFileName().toString();
            backups.add(new BackupPolicy.Backup(name, takenAt(p), applied.getOrDefault(name, 0L)));
        }
        Set<String> keep = BackupPolicy.keep(backups, LocalDate.now());
        int removed = 0;
        for (BackupPolicy.Backup b : backups) {
            if (!keep.contains(b.name()) && deleteQuietly(folder().resolve(b.name()))) {
                removed++;
            }
        }
        return removed;
    }

    /** Where the backups are, how many complete ones there are and the space the folder takes. */
    public BackupSummary summary() {
        long bytes = 0;
        for (Path p : list()) {
            bytes += sizeOf(p);
        }
        return new BackupSummary(folder(), complete().size(), bytes);
    }

    /** The complete backups, oldest name first. */
    List<Path> complete() {
        return list().stream().filter(p -> {
            String n = p.getFileName().toString();
            return n.startsWith(PREFIX) && n.endsWith(SUFFIX) && Files.isRegularFile(p);
        }).sorted().toList();
    }

    private List<Path> list() {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(p -> p.getFileName().toString().startsWith(PREFIX)).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private Path newName(String bundleId) {
        String tag = (bundleId.replaceAll("[^0-9A-Za-z-]", "") + "00000000").substring(0, 8);
        String stem = PREFIX + LocalDateTime.now().format(TIME) + "-" + tag;
        Path p = folder().resolve(stem + SUFFIX);
        for (int i = 2; Files.exists(p) || Files.exists(partialOf(p)); i++) {
            p = folder().resolve(stem + "-" + i + SUFFIX);
        }
        return p;
    }

    static Path partialOf(Path backup) {
        return backup.resolveSibling(backup.getFileName() + PARTIAL);
    }

    /** The time in the file name (local time when it was taken), else the file's modification time. */
    static LocalDateTime takenAt(Path p) {
        String n = p.getFileName().toString();
        if (n.length() >= PREFIX.length() + 19) {
            try {
                return LocalDateTime.parse(n.substring(PREFIX.length(), PREFIX.length() + 19), TIME);
            } catch (DateTimeParseException ignored) {
                // renamed by hand: fall back to the file's time
            }
        }
        try {
            return LocalDateTime.ofInstant(Files.getLastModifiedTime(p).toInstant(), ZoneId.systemDefault());
        } catch (IOException e) {
            return LocalDateTime.MIN;
        }
    }

    /** A short reason for a failed write: "the disk is full" when it is, else what stood in the way. */
    static Phrase reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("SQLITE_FULL") || m.contains("disk is full") || m.contains("No space left")
                    || (t instanceof org.sqlite.SQLiteException s && s.getResultCode() == org.sqlite.SQLiteErrorCode.SQLITE_FULL)) {
                return Phrase.coded("reason.diskFull", "the disk is full");
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FileAlreadyExistsException f) {
                return Phrase.coded("reason.inTheWay", "a file is in the way: " + f.getFile(), f.getFile());
            }
            if (t instanceof AccessDeniedException f) {
                return Phrase.coded("reason.notAllowed", "not allowed to write " + f.getFile(), f.getFile());
            }
            if (t instanceof NoSuchFileException f) {
                return Phrase.coded("reason.cannotCreate", "cannot create " + f.getFile(), f.getFile());
            }
            if (t instanceof FileSystemException f) {
                return f.getReason() == null ? Phrase.coded("reason.cannotWrite", "cannot write: " + f.getFile(), f.getFile())
                        : Phrase.coded("reason.system", f.getReason() + ": " + f.getFile(), f.getReason(), f.getFile());
            }
            if (t instanceof SQLException || t instanceof IOException) {
                return Phrase.coded("reason.other", String.valueOf(t.getMessage()), String.valueOf(t.getMessage()));
            }
        }
        return Phrase.coded("reason.other", String.valueOf(e.getMessage()), String.valueOf(e.getMessage()));
    }

    private static Path walOf(Path db) {
        return db.resolveSibling(db.getFileName() + "-wal");
    }

    private static long sizeOf(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    static long mb(long bytes) {
        return (bytes + MB - 1) / MB;
    }

    private static boolean deleteQuietly(Path p) {
        try {
            return Files.deleteIfExists(p);
        } catch (IOException e) {
            return false; // tried again at the next open
        }
    }

    private static void syncFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true); // makes the rename itself durable (Linux, macOS); Windows cannot open a folder this way
        } catch (IOException ignored) {
            // best effort
        }
    }
}
