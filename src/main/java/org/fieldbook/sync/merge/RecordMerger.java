package org.fieldbook.sync.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fieldbook.sync.bag.Hashing;
import org.fieldbook.sync.records.Record;
import org.fieldbook.sync.records.TableSchema;

/**
 * Merges an incoming record into the local one, field by field. The result depends only on the two states
 * (not on which is local), so workspaces that receive the same bundles in any order end up equal.
 */
public final class RecordMerger {
    private static final String UNDELETE = "~undelete";

    /** Texts of versions this workspace remembers (merge bases). */
    @FunctionalInterface
    public interface VersionTexts {
        Optional<String> text(String table, String id, String field, String stamp);
    }

    private final VersionTexts texts;

    public RecordMerger(VersionTexts texts) {
        this.texts = texts;
    }

    public MergeOutcome merge(TableSchema schema, Record local, Record remote) {
        TreeMap<String, String> seenR = Stamps.effective(remote.seen(), remote.stamps());
        List<TextVersion> versions = new ArrayList<>();
        if (local == null) {
            for (String f : schema.table().mergedTexts()) {
                remote.versions().getOrDefault(f, new TreeSet<>()).forEach(s -> versions.add(new TextVersion(f, s, null)));
                versions.add(new TextVersion(f, remote.stamp(f), str(remote.get(f))));
            }
            return new MergeOutcome(remote, MergeOutcome.Change.INSERT, remote.deleted(), seenR, versions, List.of());
        }
        TreeMap<String, String> seenL = Stamps.effective(local.seen(), local.stamps());
        TreeMap<String, Object> values = new TreeMap<>(local.values());
        TreeMap<String, String> stamps = new TreeMap<>();
        List<Conflict> conflicts = new ArrayList<>();
        Set<String> fields = new HashSet<>(schema.fields());
        for (String f : schema.fields()) {
            if (f.equals("deleted")) {
                continue;
            }
            if (schema.table().mergedTexts().contains(f)) {
                mergeText(schema, f, local, remote, values, stamps, versions, conflicts);
            } else {
                mergeField(schema, f, local, remote, seenL, seenR, values, stamps, conflicts);
            }
        }
        mergeDeleted(schema, local, remote, seenL, seenR, values, stamps, conflicts);
        for (var e : local.stamps().entrySet()) {
            if (!fields.contains(e.getKey())) {
                stamps.merge(e.getKey(), e.getValue(), Stamps::max);
            }
        }
        for (var e : remote.stamps().entrySet()) {
            if (!fields.contains(e.getKey())) {
                stamps.merge(e.getKey(), e.getValue(), Stamps::max);
            }
        }
        String updated = "";
        for (String s : stamps.values()) {
            updated = Stamps.max(updated, s);
        }
        if (updated.isEmpty()) {
            updated = Stamps.max(str(local.get("updated_hlc")), str(remote.get("updated_hlc")));
        }
        Record from = pickNewer(local, remote);
        values.put("updated_hlc", updated);
        values.put("created_hlc", min(str(local.get("created_hlc")), str(remote.get("created_hlc"))));
        values.put("author", from.get("author"));
        values.put("device", from.get("device"));
        values.put("revision", Math.max(num(local.get("revision")), num(remote.get("revision"))));
        Record result = new Record(schema.name(), values, stamps, new TreeMap<>(), new TreeMap<>());
        boolean same = sameValues(schema, local, result) && local.stamps().equals(stamps);
        boolean deletes = !local.deleted() && result.deleted();
        return new MergeOutcome(result, same ? MergeOutcome.Change.UNCHANGED : MergeOutcome.Change.UPDATE, deletes,
                Stamps.union(seenL, seenR), versions, conflicts);
    }

    private void mergeField(TableSchema schema, String f, Record local, Record remote, TreeMap<String, String> seenL,
                            TreeMap<String, String> seenR, TreeMap<String, Object> values, TreeMap<String, String> stamps,
                            List<Conflict> conflicts) {
        Object lv = local.get(f);
        Object rv = remote.values().containsKey(f) ? remote.get(f) : lv;
        String ls = local.stamp(f);
        String rs = remote.stamp(f);
        if (Objects.equals(lv, rv)) {
            putStamp(stamps, f, Stamps.max(ls, rs));
            return;
        }
        boolean remoteWins = wins(rs, rv, ls, lv);
        values.put(f, remoteWins ? rv : lv);
        putStamp(stamps, f, remoteWins ? rs : ls);
        if (!Stamps.known(seenL, rs) && !Stamps.known(seenR, ls)) {
            conflicts.add(new Conflict(schema.name(), local.id(), f, "field", str(lv), str(rv), null, str(remoteWins ? rv : lv)));
        }
    }

    private void mergeText(TableSchema schema, String f, Record local, Record remote, TreeMap<String, Object> values,
                           TreeMap<String, String> stamps, List<TextVersion> versions, List<Conflict> conflicts) {
        String lv = str(local.get(f));
        String rv = remote.values().containsKey(f) ? str(remote.get(f)) : lv;
        String ls = local.stamp(f);
        String rs = remote.values().containsKey(f) ? remote.stamp(f) : ls;
        TreeSet<String> knownL = new TreeSet<>(local.versions().getOrDefault(f, new TreeSet<>()));
        knownL.add(ls);
        TreeSet<String> knownR = new TreeSet<>(remote.versions().getOrDefault(f, new TreeSet<>()));
        knownR.add(rs);
        knownR.forEach(s -> versions.add(new TextVersion(f, s, null)));
        versions.add(new TextVersion(f, rs, rv));
        versions.add(new TextVersion(f, ls, lv));
        if (lv.equals(rv)) {
            putStamp(stamps, f, Stamps.max(ls, rs));
            return;
        }
        if (knownL.contains(rs)) {
            putStamp(stamps, f, ls);
            return;
        }
        if (knownR.contains(ls)) {
            values.put(f, rv);
            putStamp(stamps, f, rs);
            return;
        }
        String baseText = "";
        TreeSet<String> common = new TreeSet<>(knownL);
        common.retainAll(knownR);
        for (String s : common.descendingSet()) {
            Optional<String> t = texts.text(schema.name(), local.id(), f, s);
            if (t.isPresent()) {
                baseText = t.get();
                break;
            }
        }
        LineMerge.Result merged = LineMerge.merge(baseText, lv, rv);
        String stamp = Stamps.max(Stamps.base(ls), Stamps.base(rs)) + "~" + Hashing.sha256Hex(
                merged.text().getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 12);
        values.put(f, merged.text());
        putStamp(stamps, f, stamp);
        versions.add(new TextVersion(f, stamp, merged.text()));
        if (merged.conflict()) {
            conflicts.add(new Conflict(schema.name(), local.id(), f, "text", lv, rv, baseText, merged.text()));
        }
    }

    private void mergeDeleted(TableSchema schema, Record local, Record remote, TreeMap<String, String> seenL,
                              TreeMap<String, String> seenR, TreeMap<String, Object> values, TreeMap<String, String> stamps,
                              List<Conflict> conflicts) {
        long ld = local.deleted() ? 1 : 0;
        long rd = remote.deleted() ? 1 : 0;
        String ls = local.stamp("deleted");
        String rs = remote.stamp("deleted");
        if (ld == rd) {
            values.put("deleted", ld);
            putStamp(stamps, "deleted", Stamps.max(ls, rs));
            return;
        }
        boolean remoteWins = wins(rs, rd, ls, ld);
        long winner = remoteWins ? rd : ld;
        String winStamp = remoteWins ? rs : ls;
        if (!Stamps.known(seenL, rs) && !Stamps.known(seenR, ls)) {
            // A deletion and a restore neither of which had seen the other (say one person restored a note after
            // seeing it deleted while another deleted it again): the stamps alone would pick one silently. The record
            // stays, and the deletion is an open conflict for a person to settle.
            values.put("deleted", 0L);
            putStamp(stamps, "deleted", Stamps.base(Stamps.max(ls, rs)) + UNDELETE);
            conflicts.add(new Conflict(schema.name(), local.id(), "deleted", "delete", str(ld), str(rd), null, "0"));
            return;
        }
        if (winner == 1) {
            Record deleter = remoteWins ? remote : local;
            Record editor = remoteWins ? local : remote;
            TreeMap<String, String> deleterSeen = remoteWins ? seenR : seenL;
            String unseen = null;
            for (String f : schema.fields()) {
                // Any edit the deleter had not seen counts, even one that came back to the value the deleter saw: an
                // edit was made (the tracker stamps only real changes), so the deletion is a conflict, never a silent win.
                if (!f.equals("deleted") && !Stamps.known(deleterSeen, editor.stamp(f))) {
                    unseen = f;
                    break;
                }
            }
            if (unseen != null) {
                values.put("deleted", 0L);
                putStamp(stamps, "deleted", Stamps.base(winStamp) + UNDELETE);
                conflicts.add(new Conflict(schema.name(), local.id(), "deleted", "delete", str(ld), str(rd), null, "0"));
                return;
            }
        }
        values.put("deleted", winner);
        putStamp(stamps, "deleted", winStamp);
    }

    /** Later stamp wins; equal stamps (the same edit seen twice, or a damaged clock) fall back to the value's text. */
    private static boolean wins(String rs, Object rv, String ls, Object lv) {
        int c = rs.compareTo(ls);
        if (c != 0) {
            return c > 0;
        }
        return str(rv).compareTo(str(lv)) > 0;
    }

    private static Record pickNewer(Record a, Record b) {
        int c = Stamps.base(str(a.get("updated_hlc"))).compareTo(Stamps.base(str(b.get("updated_hlc"))));
        if (c == 0) {
            c = str(a.get("device")).compareTo(str(b.get("device")));
        }
        return c >= 0 ? a : b;
    }

    private static boolean sameValues(TableSchema schema, Record a, Record b) {
        for (String col : schema.columns().keySet()) {
            if (!col.equals("stamps") && !Objects.equals(a.get(col), b.get(col))) {
                return false;
            }
        }
        return true;
    }

    private static void putStamp(TreeMap<String, String> stamps, String f, String s) {
        if (s != null && !s.isEmpty()) {
            stamps.put(f, s);
        }
    }

    private static String min(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static long num(Object o) {
        return o instanceof Number n ? n.longValue() : 0;
    }

    static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
