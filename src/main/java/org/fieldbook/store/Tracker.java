package org.fieldbook.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Change tracking for every user record. Each tracked table has the columns
 * {@code id, created_hlc, updated_hlc, author, device, revision, deleted, stamps}; {@code stamps} maps
 * each field to the hybrid-clock stamp of its last change, so sync can merge field by field.
 * Deleting sets the {@code deleted} tombstone (itself a stamped field); nothing is removed.
 * Call only inside {@link Database#write}.
 */
public final class Tracker {
    private static final ObjectMapper JSON = StoreJson.PLAIN;
    private static final TypeReference<TreeMap<String, String>> STAMPS = new TypeReference<>() {};
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final HybridClock clock;
    private final IdentityProvider identity;
    /** What this program has seen of each record; null on a single-user workspace (no colleague can write). */
    private final BaseVersions bases;

    /** Supplies the current person and device (the person may be set after the store opens). */
    public interface IdentityProvider {
        Identity current();
    }

    public Tracker(HybridClock clock, IdentityProvider identity) {
        this(clock, identity, false);
    }

    /**
     * A tracker for a workspace that other programs write at the same time ({@code shared}: the office on PostgreSQL)
     * or not (a laptop's SQLite workspace). On a shared one every {@link #update} and {@link #delete} starts from what
     * this program had seen of the record (see {@link #seen}), never from whatever is stored now.
     */
    public Tracker(HybridClock clock, IdentityProvider identity, boolean shared) {
        this.clock = clock;
        this.identity = identity;
        this.bases = shared ? new BaseVersions() : null;
    }

    /** True when this program has read or written a version of the record (always false on a single-user workspace). */
    public boolean hasSeen(String table, String id) {
        return bases != null && !bases.versions(table, id).isEmpty();
    }

    /** True on a workspace several programs write at once. */
    public boolean shared() {
        return bases != null;
    }

    /**
     * Tells the tracker that this program has read (and may show, then edit) a version of a record: {@code fields}
     * are the record's values in the form the repository writes them. On a shared workspace a later {@link #update}
     * of the record is written from the version the edit started from; on a single-user workspace this does nothing.
     * Every repository that reads a record a person edits calls this for each record it returns.
     */
    public void seen(String table, String id, Map<String, ?> fields) {
        seen(table, id, fields, 0);
    }

    /**
     * As {@link #seen(String, String, Map)}, for the version read at {@code revision} (the row's {@code revision}
     * column, which the repository reads with the record and hands out in it): an edit that gives that revision to
     * {@link #update(Connection, String, String, Map, long)} or {@link #delete(Connection, String, String, long)} starts
     * from exactly this version.
     */
    public void seen(String table, String id, Map<String, ?> fields, long revision) {
        if (bases != null && id != null) {
            bases.remember(table, id, fields, revision);
        }
    }

    /** The record's revision as stored now (0 when there is no such record); read inside the write that changed it. */
    public long revision(Connection c, String table, String id) throws SQLException {
        check(table);
        return Sql.one(c, "SELECT revision FROM " + table + " WHERE id=?", rs -> rs.getLong(1), id).orElse(0L);
    }

    public HybridClock clock() {
        return clock;
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Field values for {@link #insert} given as name, value, name, value…, in that order. */
    public static Map<String, Object> fields(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("field names and values come in pairs");
        }
        Map<String, Object> f = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            f.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return f;
    }

    /** Inserts a new record with the given field values; returns its id. */
    public String insert(Connection c, String table, String id, Map<String, ?> fields) throws SQLException {
        Identity who = identity.current();
        return insert(c, table, id, fields, clock.now(), who.name() == null ? "" : who.name(), who.deviceId());
    }

    /**
     * Inserts reference data whose content is fixed by a file (e.g. a questionnaire definition identified by
     * its hash): every workspace that loads the same file gets an identical record, so sync sees one record
     * rather than competing copies.
     */
    public String insertReference(Connection c, String table, String id, Map<String, ?> fields, String contentHash)
            throws SQLException {
        String hlc = HybridClock.format(0, 0, contentHash.substring(0, 8));
        return insert(c, table, id, fields, hlc, "", "reference");
    }

    private String insert(Connection c, String table, String id, Map<String, ?> fields, String hlc, String author,
                          String device) throws SQLException {
        check(table);
        Map<String, String> stamps = new TreeMap<>();
        List<String> cols = new ArrayList<>(List.of("id", "created_hlc", "updated_hlc", "author", "device", "revision", "deleted", "stamps"));
        List<Object> values = new ArrayList<>();
        for (String f : fields.keySet()) {
            check(f);
            cols.add(f);
            stamps.put(f, hlc);
        }
        stamps.put("deleted", hlc);
        values.add(id);
        values.add(hlc);
        values.add(hlc);
        values.add(author);
        values.add(device);
        values.add(1);
        values.add(0);
        values.add(toJson(stamps));
        values.addAll(fields.values());
        String sql = "INSERT INTO " + table + " (" + String.join(",", cols) + ") VALUES ("
                + "?,".repeat(cols.size() - 1) + "?)";
        Sql.update(c, sql, values.toArray());
        HighWater.raise(c, hlc);
        if (bases != null) {
            bases.wrote(table, id, fields, fields.keySet(), 1);
        }
        return id;
    }

    /**
     * Updates the fields that really changed; returns true when something did. Unchanged values get no new
     * stamp, so a save of an untouched form never wins a merge it should not.
     */
    public boolean update(Connection c, String table, String id, Map<String, ?> fields) throws SQLException {
        return update(c, table, id, fields, 0);
    }

    /**
     * As {@link #update(Connection, String, String, Map)}, for an edit that started from the record read at
     * {@code revision} (the revision the form loaded; 0 when unknown: a command or anything that did not read it). On a
     * shared workspace the base of the merge is then exactly the version this program read at that revision, not a
     * guess; when that version is no longer remembered, a field the edit seems not to have changed but that differs
     * from what is stored is kept as stored and listed as an open conflict with the edit's value, never dropped
     * silently. On a single-user workspace the revision changes nothing.
     */
    public boolean update(Connection c, String table, String id, Map<String, ?> fields, long revision) throws SQLException {
        if (bases != null) {
            return !updateShared(c, table, id, fields, revision).isEmpty();
        }
        return overwrite(c, table, id, fields);
    }

    /**
     * Updates the fields that differ from what is stored now, whatever this program had seen: only for records
     * computed from other data or replaced whole from a file (an INDEX result, loaded statistics), where the newest
     * computation is the right one, and for a decision a person took having seen both versions (a settled conflict).
     * A record a person edits goes through {@link #update}.
     */
    public boolean overwrite(Connection c, String table, String id, Map<String, ?> fields) throws SQLException {
        check(table);
        List<String> names = new ArrayList<>(fields.keySet());
        names.forEach(Tracker::check);
        LockedRow row = lockRow(c, table, id, names);
        Map<String, Object> changed = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            Object current = row.values().get(i);
            Object wanted = fields.get(names.get(i));
            if (!sameValue(current, wanted)) {
                changed.put(names.get(i), wanted);
            }
        }
        if (changed.isEmpty()) {
            return false;
        }
        writeChanges(c, table, id, row.stamps(), changed);
        return true;
    }

    /** A record's stamps and the current values of some of its fields, read with the row locked until the write. */
    private record LockedRow(String stamps, long revision, List<Object> values) {
        Map<String, Object> asMap(List<String> names) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                m.put(names.get(i), values.get(i));
            }
            return m;
        }
    }

    private static final Set<String> TRACKING = Set.of("id", "created_hlc", "updated_hlc", "author", "device", "revision", "deleted");

    /** {@code names} followed by every other declared field of the table (its whole content but the tombstone). */
    private static List<String> withDeclared(String table, List<String> names) {
        List<String> all = new ArrayList<>(names);
        for (String f : SyncedTables.of(table).fields().keySet()) {
            if (!TRACKING.contains(f) && !all.contains(f)) {
                all.add(f);
            }
        }
        return all;
    }

    /**
     * The shared-workspace update: the row is locked, the version this edit started from is the one this program
     * read at {@code revision} ({@link BaseVersions#atRevision}), or when that is unknown or forgotten the likeliest
     * of those it has seen ({@link BaseVersions#baseFor}; none seen: what is stored now), and the edit is merged onto
     * the stored row from that base. The remembered versions are then brought up to date ({@link BaseVersions#wrote}).
     */
    private Map<String, Object> updateShared(Connection c, String table, String id, Map<String, ?> fields, long revision)
            throws SQLException {
        check(table);
        List<String> names = new ArrayList<>(fields.keySet());
        names.forEach(Tracker::check);
        List<String> all = withDeclared(table, names);
        if (!all.contains("deleted")) {
            all.add("deleted");
        }
        List<Map<String, Object>> versions = bases.versions(table, id);
        LockedRow row = lockRow(c, table, id, all);
        Map<String, Object> current = row.asMap(all);
        List<Map<String, Object>> exact = bases.atRevision(table, id, revision);
        // the version the edit started from: the one read at its revision; else the likeliest one (a guess that may
        // take a value set back to an earlier one for no change: then doubtful, see mergeFrom)
        Map<String, Object> picked = !exact.isEmpty() ? BaseVersions.baseFor(exact, fields)
                : versions.isEmpty() ? null : BaseVersions.baseFor(versions, fields);
        boolean doubtful = revision > 0 && exact.isEmpty();
        Map<String, Object> base = new LinkedHashMap<>();
        for (String f : names) {
            base.put(f, picked != null && picked.containsKey(f) ? picked.get(f) : current.get(f));
        }
        Map<String, Object> changed = mergeFrom(c, table, id, row, base, fields, doubtful);
        if (!changed.isEmpty() && !fields.containsKey("deleted") && sameValue(current.get("deleted"), 1)) {
            // A colleague deleted the record while this edit was made: as in a bundle merge (a deletion that had not
            // seen an edit), the record comes back with the edit and the deletion is an open conflict to settle.
            writeChanges(c, table, id, lockRow(c, table, id, List.of()).stamps(), new LinkedHashMap<>(Map.of("deleted", 0)));
            Sql.update(c, "INSERT INTO sync_conflict(tbl, id, field, kind, local, remote, base, kept, created_hlc)"
                    + " VALUES (?,?,?,?,?,?,?,?,?)", table, id, "deleted", "delete", "1", "0", null, "0", clock.now());
            changed.put("deleted", 0);
        }
        Map<String, Object> stored = new LinkedHashMap<>(current);
        stored.putAll(changed);
        Map<String, Object> held = new LinkedHashMap<>(fields); // what the form that made this edit holds now
        bases.wrote(table, id, stored, held, changed.isEmpty() ? row.revision() : revision(c, table, id), revision);
        return changed;
    }

    private static LockedRow lockRow(Connection c, String table, String id, List<String> names) throws SQLException {
        String select = "SELECT stamps, revision" + (names.isEmpty() ? "" : "," + String.join(",", names)) + " FROM " + table + " WHERE id=?"
                + Dialect.of(c).forUpdate();
        try (PreparedStatement ps = c.prepareStatement(select)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("No " + table + " with id " + id);
                }
                List<Object> values = new ArrayList<>(names.size());
                for (int i = 0; i < names.size(); i++) {
                    values.add(rs.getObject(i + 3));
                }
                return new LockedRow(rs.getString(1), rs.getLong(2), values);
            }
        }
    }

    /** Merges a text edited by two people at once (the sync rules' line merge, wired in by the application). */
    @FunctionalInterface
    public interface TextMerger {
        /** The merged text of {@code theirs} and {@code ours} against {@code base}, and whether lines overlapped. */
        Merged merge(String base, String theirs, String ours);

        record Merged(String text, boolean conflict) {
        }
    }

    private volatile TextMerger textMerger;

    public void setTextMerger(TextMerger merger) {
        this.textMerger = merger;
    }

    /**
     * Updates a record from an edit that started from {@code base} (the values the editor had read), on a workspace
     * where someone else may have changed the record since: a field this edit did not change keeps whatever is stored
     * now; a field changed only here is written; a field changed both here and by the other person is merged — a
     * merged text ({@link TrackedTable#mergedTexts()}) line by line, anything else by this later edit winning — and
     * any overlap is recorded as an open conflict ({@code sync_conflict}, shown with the sync conflicts) instead of
     * overwriting silently. The row is locked from the read to the write. Returns the values written.
     */
    public Map<String, Object> updateFrom(Connection c, String table, String id, Map<String, ?> base, Map<String, ?> fields)
            throws SQLException {
        check(table);
        List<String> names = new ArrayList<>(fields.keySet());
        names.forEach(Tracker::check);
        return mergeFrom(c, table, id, lockRow(c, table, id, names), base, fields, false);
    }

    /**
     * The merge of {@link #updateFrom} on a locked row whose first values are those of {@code fields}' names.
     * {@code doubtful}: the base is a guess (the version the edit started from is no longer remembered), so a field
     * the edit holds as in the base but that differs from what is stored may be a change the person made (a value set
     * back): what is stored is kept and the edit's value is listed as an open conflict, not dropped silently.
     */
    private Map<String, Object> mergeFrom(Connection c, String table, String id, LockedRow row, Map<String, ?> base,
                                          Map<String, ?> fields, boolean doubtful) throws SQLException {
        List<String> names = new ArrayList<>(fields.keySet());
        Set<String> merged = TrackedTables.byName(table).mergedTexts();
        Map<String, Object> changed = new LinkedHashMap<>();
        List<String[]> conflicts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String f = names.get(i);
            Object current = row.values().get(i);
            Object wanted = fields.get(f);
            Object was = base.get(f);
            if (sameValue(current, wanted)) {
                continue; // nothing to write
            }
            if (sameValue(was, wanted)) {
                if (doubtful) {
                    conflicts.add(new String[] {f, "field", String.valueOf(current), String.valueOf(wanted), String.valueOf(was),
                            String.valueOf(current)});
                }
                continue; // not changed by this edit (keep what the other person wrote)
            }
            if (sameValue(current, was)) {
                changed.put(f, wanted);
                continue;
            }
            TextMerger merger = textMerger;
            if (merged.contains(f) && merger != null && current instanceof String theirs && wanted instanceof String ours
                    && was instanceof String b) {
                TextMerger.Merged m = merger.merge(b, theirs, ours);
                changed.put(f, m.text());
                if (m.conflict()) {
                    conflicts.add(new String[] {f, "text", theirs, ours, b, m.text()});
                }
            } else {
                changed.put(f, wanted);
                conflicts.add(new String[] {f, "field", String.valueOf(current), String.valueOf(wanted), String.valueOf(was),
                        String.valueOf(wanted)});
            }
        }
        if (!changed.isEmpty()) {
            writeChanges(c, table, id, row.stamps(), changed);
        }
        for (String[] k : conflicts) {
            Sql.update(c, "INSERT INTO sync_conflict(tbl, id, field, kind, local, remote, base, kept, created_hlc)"
                    + " VALUES (?,?,?,?,?,?,?,?,?)", table, id, k[0], k[1], k[2], k[3], k[4], k[5], clock.now());
        }
        return changed;
    }

    /**
     * Writes a record with a known id (one derived from what it is about): inserts it when there is no row with
     * that id, else updates its fields and brings it back from the trash ({@code deleted=0}).
     */
    public void upsert(Connection c, String table, String id, Map<String, ?> fields) throws SQLException {
        check(table);
        if (Sql.count(c, "SELECT count(*) FROM " + table + " WHERE id=?", id) == 0) {
            insert(c, table, id, fields);
        } else {
            Map<String, Object> restored = new LinkedHashMap<>(fields);
            restored.put("deleted", 0);
            update(c, table, id, restored);
        }
    }

    /**
     * Marks a record deleted (a tombstone; every field stays as it is, so it can be restored from the trash). On a
     * shared workspace, deleting a record that a colleague changed since this program last saw it does not delete it:
     * as for a bundle merge (an edit the deleter had not seen), the record stays and the deletion becomes an open
     * conflict ({@code kind = delete}) for a person to settle; returns false then.
     */
    public boolean delete(Connection c, String table, String id) throws SQLException {
        return delete(c, table, id, 0);
    }

    /**
     * As {@link #delete(Connection, String, String)}, for a deletion asked from the record read at {@code revision}
     * (0: unknown): on a shared workspace it is refused (an open conflict) when the record changed since that very
     * version, not merely since any version this program has seen.
     */
    public boolean delete(Connection c, String table, String id, long revision) throws SQLException {
        if (bases != null) {
            List<Map<String, Object>> exact = bases.atRevision(table, id, revision);
            List<Map<String, Object>> versions = exact.isEmpty() ? bases.versions(table, id) : exact;
            if (!versions.isEmpty()) {
                List<String> all = withDeclared(table, List.of("deleted"));
                Map<String, Object> current = lockRow(c, table, id, all).asMap(all);
                if (!sameValue(current.get("deleted"), 1) && versions.stream().noneMatch(v -> BaseVersions.agrees(v, current))) {
                    Sql.update(c, "INSERT INTO sync_conflict(tbl, id, field, kind, local, remote, base, kept, created_hlc)"
                            + " VALUES (?,?,?,?,?,?,?,?,?)", table, id, "deleted", "delete", "0", "1", null, "0", clock.now());
                    return false;
                }
            }
        }
        return update(c, table, id, Map.of("deleted", 1));
    }

    /** Brings a record back from the trash. */
    public boolean restore(Connection c, String table, String id) throws SQLException {
        return update(c, table, id, Map.of("deleted", 0));
    }

    private void writeChanges(Connection c, String table, String id, String stampsJson, Map<String, Object> changed)
            throws SQLException {
        String hlc = clock.now();
        Identity who = identity.current();
        TreeMap<String, String> stamps = parseStamps(stampsJson);
        StringBuilder set = new StringBuilder("updated_hlc=?, author=?, device=?, revision=revision+1, stamps=?");
        List<Object> values = new ArrayList<>();
        values.add(hlc);
        values.add(who.name() == null ? "" : who.name());
        values.add(who.deviceId());
        for (String f : changed.keySet()) {
            stamps.put(f, hlc);
        }
        values.add(toJson(stamps));
        for (Iterator<Map.Entry<String, Object>> it = changed.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, Object> e = it.next();
            set.append(", ").append(e.getKey()).append("=?");
            values.add(e.getValue());
        }
        values.add(id);
        Sql.update(c, "UPDATE " + table + " SET " + set + " WHERE id=?", values.toArray());
        HighWater.raise(c, hlc);
    }

    static boolean sameValue(Object current, Object wanted) {
        if (current == null || wanted == null) {
            return current == wanted;
        }
        if (current instanceof Number a && wanted instanceof Number b) {
            return a.doubleValue() == b.doubleValue();
        }
        if (wanted instanceof Boolean b && current instanceof Number n) {
            return (b ? 1 : 0) == n.intValue();
        }
        if (wanted instanceof Enum<?> e) {
            return Objects.equals(current.toString(), e.name().toLowerCase(java.util.Locale.ROOT));
        }
        return Objects.equals(current.toString(), wanted.toString());
    }

    public static TreeMap<String, String> parseStamps(String json) {
        if (json == null || json.isBlank()) {
            return new TreeMap<>();
        }
        try {
            return JSON.readValue(json, STAMPS);
        } catch (Exception e) {
            throw new StoreException("Damaged change stamps: " + json, e);
        }
    }

    static String toJson(Map<String, String> stamps) {
        try {
            return JSON.writeValueAsString(stamps);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a column name: " + name);
        }
    }
}
