package org.fieldbook.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Moves a whole workspace from one engine to the other (a folder into an empty PostgreSQL database, or back): every
 * row of every table in one transaction on the target (row numbers kept, so the import log's references hold), the
 * attached files (from one engine's {@link ContentStore} to the other's) and the signing keys; then compares every record of every table and every attachment's hash, and
 * fails naming the first difference.
 */
public final class StoreCopy {
    /** Meta keys that belong to the engine, not to the workspace. */
    private static final Set<String> ENGINE_META = Set.of(SchemaChecks.META_KEY, SchemaChecks.INPUTS_KEY);
    private static final int BATCH = 500;

    private StoreCopy() {
    }

    /** What was moved: rows per table, attachment files and key files. */
    public record Report(Map<String, Long> rows, int attachments, int keys) {
        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public static Report copy(Store from, Store to) {
        List<String> tables = from.db().read(c -> from.db().dialect().tables(c));
        List<String> targetTables = to.db().read(c -> to.db().dialect().tables(c));
        if (!targetTables.containsAll(tables)) {
            List<String> missing = new ArrayList<>(tables);
            missing.removeAll(targetTables);
            throw new StoreException("The target lacks the tables " + missing + "; open it with this version of Fieldbook first.");
        }
        List<String> order = order(tables);
        for (String t : order) {
            long rows = to.db().read(c -> Sql.count(c, "SELECT count(*) FROM " + t + (t.equals("meta") ? " WHERE key NOT IN"
                    + " ('device_id','workspace_id','clock.high_water','" + SchemaChecks.META_KEY + "','" + SchemaChecks.INPUTS_KEY + "')"
                    : "")));
            if (rows > 0) {
                throw new StoreException("The target is not empty (table " + t + " holds " + rows + " rows); a workspace moves"
                        + " only into an empty database or folder. Nothing was copied.");
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        to.db().write(tc -> {
            Dialect target = to.db().dialect();
            from.db().read(fc -> {
                for (String t : order) {
                    counts.put(t, copyTable(fc, tc, t, target));
                }
                return null;
            });
            return null;
        });
        int files = copyContents(from.contents(), to.contents());
        int keys = to.workspace().folder().resolve("keys").toFile().isDirectory()
                && hasFiles(to.workspace().folder().resolve("keys")) ? 0
                : copyFiles(from.workspace().folder().resolve("keys"), to.workspace().folder().resolve("keys"));
        compare(from, to, order);
        return new Report(counts, files, keys);
    }

    /** Parents before children: meta, the tracked tables in their declared order, then the rest by name. */
    private static List<String> order(List<String> tables) {
        List<String> out = new ArrayList<>();
        if (tables.contains("meta")) {
            out.add("meta");
        }
        for (TrackedTable t : TrackedTables.ALL) {
            if (tables.contains(t.name())) {
                out.add(t.name());
            }
        }
        for (String t : tables) {
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static long copyTable(Connection from, Connection to, String table, Dialect target) throws SQLException {
        List<String> cols = new ArrayList<>();
        for (Dialect.TableColumn col : target.columns(to, table)) {
            cols.add(col.name());
        }
        String list = String.join(",", cols);
        String insert = "INSERT INTO " + table + " (" + list + ") VALUES (" + "?,".repeat(cols.size() - 1) + "?)";
        if (table.equals("meta")) {
            insert += " ON CONFLICT(key) DO UPDATE SET value=excluded.value";
        }
        long n = 0;
        try (PreparedStatement read = from.prepareStatement("SELECT " + list + " FROM " + table);
             PreparedStatement write = to.prepareStatement(insert)) {
            read.setFetchSize(BATCH);
            try (ResultSet rs = read.executeQuery()) {
                int pending = 0;
                while (rs.next()) {
                    if (table.equals("meta") && ENGINE_META.contains(rs.getString("key"))) {
                        continue;
                    }
                    for (int i = 0; i < cols.size(); i++) {
                        write.setObject(i + 1, rs.getObject(i + 1));
                    }
                    write.addBatch();
                    n++;
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    write.executeBatch();
                }
            }
        }
        if (cols.contains("n")) {
            target.afterCopy(to, table);
        }
        return n;
    }

    /**
     * Copies every attached file from one content store to the other (a folder, the office database), each checked
     * against its hash as it is read; one already in the target is not copied again.
     */
    private static int copyContents(ContentStore from, ContentStore to) {
        int copied = 0;
        for (String h : from.hashes()) {
            if (to.has(h)) {
                continue;
            }
            byte[] bytes;
            try {
                bytes = from.read(h);
            } catch (StoreException e) {
                throw new StoreException(e.getMessage() + " Nothing more was copied; move again once it is restored.", e);
            }
            ContentStore.Stored stored = to.put(new java.io.ByteArrayInputStream(bytes));
            if (!stored.sha256().equals(h)) {
                throw new StoreException("The attachment " + h + " changed while it was copied; nothing more was copied.");
            }
            copied++;
        }
        return copied;
    }

    /** Copies the files under {@code from} (the signing keys). */
    private static int copyFiles(Path from, Path to) {
        if (!Files.isDirectory(from)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".part")).toList();
        } catch (IOException e) {
            throw new StoreException("Cannot list " + from + ": " + e.getMessage(), e);
        }
        int copied = 0;
        for (Path f : files) {
            Path target = to.resolve(from.relativize(f).toString());
            try {
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                copied++;
            } catch (IOException e) {
                throw new StoreException("Cannot copy " + f + " to " + target + ": " + e.getMessage(), e);
            }
        }
        return copied;
    }

    private static boolean hasFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    /** Every row of every table equal on both sides, and every attachment record's file present with its hash. */
    private static void compare(Store from, Store to, List<String> order) {
        for (String t : order) {
            List<String> a = from.db().read(c -> rows(c, from.db().dialect(), t));
            List<String> b = to.db().read(c -> rows(c, to.db().dialect(), t));
            if (!a.equals(b)) {
                int i = 0;
                while (i < Math.min(a.size(), b.size()) && a.get(i).equals(b.get(i))) {
                    i++;
                }
                throw new StoreException("After the copy, table " + t + " differs (" + a.size() + " rows in the source, " + b.size()
                        + " in the target; first difference at row " + (i + 1) + " in sorted order).");
            }
        }
        List<String> hashes = to.db().read(c -> Sql.list(c, "SELECT DISTINCT sha256 FROM attachment", rs -> rs.getString(1)));
        for (String h : hashes) {
            if (!h.matches("[0-9a-f]{64}") || !from.contents().has(h)) {
                continue; // never received here (a redacted or attachment-less bundle): nothing to compare
            }
            try {
                to.contents().read(h); // checked against its hash
            } catch (StoreException e) {
                throw new StoreException("After the copy, the attachment " + h + " is missing or damaged in the target ("
                        + to.contents().where() + "): " + e.getMessage(), e);
            }
        }
    }

    /** A table's rows as text, one line per row, sorted; numbers written the same whatever the engine returned. */
    private static List<String> rows(Connection c, Dialect d, String table) throws SQLException {
        List<String> cols = new ArrayList<>();
        for (Dialect.TableColumn col : d.columns(c, table)) {
            cols.add(col.name());
        }
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + String.join(",", cols) + " FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                if (table.equals("meta") && ENGINE_META.contains(rs.getString("key"))) {
                    continue;
                }
                for (int i = 1; i <= cols.size(); i++) {
                    Object v = rs.getObject(i);
                    String text;
                    if (v instanceof Integer || v instanceof Long || v instanceof Short) {
                        text = Long.toString(((Number) v).longValue());
                    } else if (v instanceof Number n) {
                        text = "r" + n.doubleValue();
                    } else {
                        text = String.valueOf(v);
                    }
                    sb.append(text.length()).append(':').append(text).append('|');
                }
                out.add(sb.toString());
            }
        }
        Collections.sort(out);
        return out;
    }
}
