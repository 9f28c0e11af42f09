package org.fieldbook.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What this program has seen of each record on a workspace several programs write at once (the office on
 * PostgreSQL): the versions it read or wrote, oldest first, a few per record. An edit is written from the version it
 * started from (see {@link Tracker#update}), so a colleague's change made since is kept, merged or listed as a
 * conflict instead of being overwritten by a form that still shows the old value.
 *
 * <p>Several versions are kept because a view may re-read a record (a colleague's change arrived) while a form still
 * holds the earlier copy: the base of a write is the remembered version the edit agrees with most
 * ({@link #baseFor}), unless the edit says which revision it started from: then it is the version remembered at that
 * revision ({@link #atRevision}). A write by this program brings the fields it wrote up to date in every version ({@link #wrote}). Bounded: the records least recently used are forgotten first, and a record's first version is
 * kept when later ones are dropped.
 */
final class BaseVersions {
    static final int PER_RECORD = 8;
    static final int RECORDS = 20_000;

    /** One remembered version: its field values and the revisions (row {@code revision}) it was read or written at. */
    private static final class Version {
        final Map<String, Object> fields;
        final Set<Long> revisions = new LinkedHashSet<>();

        Version(Map<String, Object> fields) {
            this.fields = fields;
        }
    }

    private final LinkedHashMap<String, List<Version>> byRecord = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Version>> eldest) {
            return size() > RECORDS;
        }
    };

    private static String key(String table, String id) {
        return table + '\u0000' + id;
    }

    /** Remembers a version of a record (field values as written to the database); the tombstone is not part of it. */
    synchronized void remember(String table, String id, Map<String, ?> fields) {
        remember(table, id, fields, 0);
    }

    /**
     * Remembers a version of a record read at {@code revision} (the row's {@code revision} column; 0 when unknown), so
     * an edit that says which revision it started from gets exactly that version as its base ({@link #atRevision}).
     */
    synchronized void remember(String table, String id, Map<String, ?> fields, long revision) {
        remember(table, id, fields, revision > 0 ? Set.of(revision) : Set.of());
    }

    private void remember(String table, String id, Map<String, ?> fields, Set<Long> revisions) {
        Map<String, Object> version = plainVersion(fields);
        if (version.isEmpty()) {
            return;
        }
        List<Version> versions = byRecord.computeIfAbsent(key(table, id), k -> new ArrayList<>());
        for (Version v : versions) {
            if (same(v.fields, version)) {
                v.revisions.addAll(revisions);
                return;
            }
        }
        Version added = new Version(version);
        added.revisions.addAll(revisions);
        versions.add(added);
        if (versions.size() > PER_RECORD) {
            versions.remove(1);
        }
    }

    private static Map<String, Object> plainVersion(Map<String, ?> fields) {
        Map<String, Object> version = new LinkedHashMap<>();
        fields.forEach((f, value) -> version.put(f, plain(value)));
        version.remove("deleted");
        return version;
    }

    /**
     * Remembers the version this program has just stored after writing the fields {@code written}: in every version
     * seen before those fields now hold what was stored (a form that made the write holds what it wrote, and a person
     * going back to an earlier value is then an edit, not a stale copy), while the other fields keep the values a
     * form for them may still hold; the stored version is the latest.
     */
    synchronized void wrote(String table, String id, Map<String, ?> stored, java.util.Collection<String> written) {
        wrote(table, id, stored, written, 0);
    }

    /**
     * As {@link #wrote(String, String, Map, java.util.Collection)}, the stored version being at {@code revision}. The
     * earlier versions keep their revisions: a form still holding one of them (another field of the record, or an
     * autosave queued before this write finished) edits that version as this program's own writes left it.
     */
    synchronized void wrote(String table, String id, Map<String, ?> stored, java.util.Collection<String> written, long revision) {
        Map<String, Object> held = new LinkedHashMap<>();
        for (String f : written) {
            if (stored.containsKey(f)) {
                held.put(f, stored.get(f));
            }
        }
        wrote(table, id, stored, held, revision, 0);
    }

    /**
     * Remembers the version stored (at {@code revision}) by an edit that started from {@code editRevision} (0: unknown)
     * and wrote the values {@code held}. In every earlier version the written fields now hold what was stored, but in
     * the one read at {@code editRevision} they hold {@code held}: the form that made the edit shows what it wrote,
     * which differs from what is stored where a colleague's change was merged in (a text merged line by line, a field
     * the edit had not changed), so its next save, made from that revision, is merged from what it shows and never
     * takes the colleague's merged lines or fields for its own removal. When that version was no longer remembered,
     * the form's version is remembered again at its revision (its next save is then no longer a guess).
     */
    synchronized void wrote(String table, String id, Map<String, ?> stored, Map<String, ?> held, long revision, long editRevision) {
        List<Version> before = byRecord.remove(key(table, id));
        boolean editKnown = editRevision <= 0;
        Map<String, Object> written = new LinkedHashMap<>();
        held.keySet().forEach(f -> {
            if (stored.containsKey(f)) {
                written.put(f, stored.get(f));
            }
        });
        if (before != null) {
            for (Version v : before) {
                Set<Long> others = new LinkedHashSet<>(v.revisions);
                if (editRevision > 0 && others.remove(editRevision)) {
                    editKnown = true;
                    Map<String, Object> form = new LinkedHashMap<>(v.fields);
                    form.putAll(held);
                    remember(table, id, form, Set.of(editRevision));
                    if (others.isEmpty()) {
                        continue;
                    }
                }
                Map<String, Object> now = new LinkedHashMap<>(v.fields);
                now.putAll(written);
                remember(table, id, now, others);
            }
        }
        if (!editKnown) {
            Map<String, Object> form = new LinkedHashMap<>(stored);
            form.putAll(held);
            remember(table, id, form, editRevision);
        }
        remember(table, id, stored, revision);
        // the stored version last: moved to the end if an earlier one equals it
        List<Version> versions = byRecord.get(key(table, id));
        if (versions != null && versions.size() > 1) {
            Map<String, Object> plainStored = plainVersion(stored);
            for (int i = 0; i < versions.size() - 1; i++) {
                if (same(versions.get(i).fields, plainStored)) {
                    versions.add(versions.remove(i));
                    break;
                }
            }
        }
    }

    /** The remembered versions of a record, oldest first (empty when this program has not seen it). */
    synchronized List<Map<String, Object>> versions(String table, String id) {
        List<Version> v = byRecord.get(key(table, id));
        return v == null ? List.of() : v.stream().map(x -> x.fields).toList();
    }

    /**
     * The remembered versions of a record read or written at {@code revision}, oldest first: one, unless a bundle
     * import changed the record without raising its revision; empty when the revision is unknown (0) or no longer
     * remembered.
     */
    synchronized List<Map<String, Object>> atRevision(String table, String id, long revision) {
        List<Version> v = byRecord.get(key(table, id));
        if (v == null || revision <= 0) {
            return List.of();
        }
        return v.stream().filter(x -> x.revisions.contains(revision)).map(x -> x.fields).toList();
    }

    /**
     * The version an edit most likely started from: the one it differs from least (an edit changes a few fields and a
     * few lines of the version it started from). Each field that differs counts one, a text counts the lines added
     * or removed; a field the version does not hold counts nothing. On a tie, the latest version.
     */
    static Map<String, Object> baseFor(List<Map<String, Object>> versions, Map<String, ?> edit) {
        Map<String, Object> best = null;
        long bestCost = Long.MAX_VALUE;
        for (Map<String, Object> v : versions) {
            long cost = 0;
            for (Map.Entry<String, ?> e : edit.entrySet()) {
                if (!v.containsKey(e.getKey())) {
                    continue;
                }
                Object had = v.get(e.getKey());
                if (Tracker.sameValue(had, e.getValue())) {
                    continue;
                }
                cost += had instanceof String t && e.getValue() instanceof String u ? changedLines(t, u) : 1;
            }
            if (cost <= bestCost) {
                best = v;
                bestCost = cost;
            }
        }
        return best;
    }

    /** Lines of {@code a} not in {@code b} plus lines of {@code b} not in {@code a} (as multisets). */
    private static long changedLines(String a, String b) {
        Map<String, Integer> lines = new java.util.HashMap<>();
        String[] as = a.split("\n", -1);
        String[] bs = b.split("\n", -1);
        for (String l : as) {
            lines.merge(l, 1, Integer::sum);
        }
        long common = 0;
        for (String l : bs) {
            Integer k = lines.get(l);
            if (k != null && k > 0) {
                lines.put(l, k - 1);
                common++;
            }
        }
        return Math.max(1, as.length + bs.length - 2 * common);
    }

    /** True when {@code version} holds the same value as {@code row} for every field it has. */
    static boolean agrees(Map<String, Object> version, Map<String, Object> row) {
        for (Map.Entry<String, Object> e : version.entrySet()) {
            if (row.containsKey(e.getKey()) && !Tracker.sameValue(row.get(e.getKey()), e.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** A value as the database holds it (an enum by its lower-case name, a boolean as 1 or 0). */
    private static Object plain(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(java.util.Locale.ROOT);
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return value;
    }

    private static boolean same(Map<String, Object> a, Map<String, Object> b) {
        return a.keySet().equals(b.keySet()) && agrees(a, b);
    }
}
