package org.fieldbook.sync.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fieldbook.store.FieldRule;
import org.fieldbook.store.HybridClock;
import org.fieldbook.store.Sql;
import org.fieldbook.store.SyncedTables;
import org.fieldbook.store.TableDeclaration;
import org.fieldbook.support.JsonMappers;
import org.fieldbook.base.Phrase;
import org.fieldbook.sync.BundleRejected;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.records.Record;
import org.fieldbook.sync.records.TableSchema;

/**
 * Checks every incoming record against its table's declaration ({@link SyncedTables}) before anything is written:
 * each value's type, null, allowed values, form and JSON shape; every clock stamp's form and that none is further
 * ahead of this computer's clock than {@link #MAX_AHEAD_MS}; and, when a workspace is given, that every reference
 * resolves within the bundle or the workspace (a deleted record stays as a tombstone, so it resolves) and every INDEX
 * area is known. The first problem refuses the whole bundle, naming table, record and field.
 */
public final class RecordChecker {
    /** Stamps more than this far ahead of the receiving computer's clock are refused (24 hours). */
    public static final long MAX_AHEAD_MS = 24L * 60 * 60 * 1000;
    private static final ObjectMapper JSON = JsonMappers.plain();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final long now;
    private final Phrase sender;

    /**
     * @param now    this computer's clock (milliseconds)
     * @param sender who sent the bundle, for messages ("Ana Ruiz (signer 1a2b3c4d…)")
     */
    public RecordChecker(long now, Phrase sender) {
        this.now = now;
        this.sender = sender;
    }

    /** Checks values and stamps only (no workspace at hand, as in {@code verify}). */
    public void checkValues(Map<TableSchema, List<Record>> records) {
        for (var e : records.entrySet()) {
            TableDeclaration decl = SyncedTables.of(e.getKey().name());
            for (Record r : e.getValue()) {
                checkRecord(e.getKey(), decl, r);
            }
        }
    }

    /** Checks values and stamps, then references and areas against the bundle and the workspace. */
    public void checkAll(Map<TableSchema, List<Record>> records, Connection workspace) throws SQLException {
        checkValues(records);
        Map<String, Set<String>> inBundle = new HashMap<>();
        for (var e : records.entrySet()) {
            Set<String> ids = inBundle.computeIfAbsent(e.getKey().name(), k -> new HashSet<>());
            e.getValue().forEach(r -> ids.add(r.id()));
        }
        Set<String> areas = knownAreas(records, workspace);
        Map<String, Boolean> resolved = new HashMap<>();
        for (var e : records.entrySet()) {
            TableDeclaration decl = SyncedTables.of(e.getKey().name());
            for (Record r : e.getValue()) {
                for (var v : r.values().entrySet()) {
                    FieldRule rule = decl.field(v.getKey());
                    if (rule.isReference() && v.getValue() instanceof String target && !target.isEmpty()) {
                        String table = rule.table() != null ? rule.table() : targetTable(rule, r, workspace, decl);
                        if (table == null) {
                            continue;
                        }
                        boolean ok = inBundle.getOrDefault(table, Set.of()).contains(target)
                                || resolved.computeIfAbsent(table + "\u0000" + target, k -> exists(workspace, table, target));
                        if (!ok) {
                            throw refused(decl, r, v.getKey(), Phrase.coded("field.dangling", "points to " + table + " " + shortId(target)
                                    + ", which is neither in the bundle nor in this workspace", table, shortId(target)));
                        }
                    }
                    for (String area : rule.areaIds(v.getValue())) {
                        if (!areas.contains(area)) {
                            throw refused(decl, r, v.getKey(), Phrase.coded("field.unknownArea", "names the INDEX area '" + area
                                    + "', which no questionnaire in the bundle or in this workspace defines", area));
                        }
                    }
                }
            }
        }
    }

    private void checkRecord(TableSchema schema, TableDeclaration decl, Record r) {
        for (var v : r.values().entrySet()) {
            FieldRule rule = decl.field(v.getKey());
            if (rule == null) {
                throw refused(decl, r, v.getKey(), Phrase.coded("field.undeclared", "is not declared for this table"));
            }
            var problem = rule.problem(v.getValue(), r.values());
            if (problem.isPresent()) {
                throw refused(decl, r, v.getKey(), problem.get());
            }
            if (rule.type().equals("stamp")) {
                checkAhead(decl, r, v.getKey(), (String) v.getValue());
            }
        }
        if (rule(decl, "id").problem(r.id(), r.values()).isPresent()) {
            throw refused(decl, r, "id", Phrase.coded("field.badId", "is not an id of the expected form"));
        }
        for (var s : r.stamps().entrySet()) {
            stamp(decl, r, "stamps." + s.getKey(), s.getValue());
        }
        for (var s : r.seen().entrySet()) {
            stamp(decl, r, "_sync.seen." + s.getKey(), s.getValue());
        }
        for (var vs : r.versions().entrySet()) {
            for (String s : vs.getValue()) {
                stamp(decl, r, "_sync.versions." + vs.getKey(), s);
            }
        }
    }

    private void stamp(TableDeclaration decl, Record r, String where, String stamp) {
        if (!HybridClock.isStamp(stamp)) {
            throw refused(decl, r, where, Phrase.coded("field.notStamp", "has " + quoted(stamp) + ", which is not a clock stamp",
                    quoted(stamp)));
        }
        checkAhead(decl, r, where, stamp);
    }

    private void checkAhead(TableDeclaration decl, Record r, String where, String stamp) {
        long at = HybridClock.millisOf(stamp);
        if (at - now > MAX_AHEAD_MS) {
            throw BundleRejected.coded("record.ahead", "the bundle from " + sender + " carries changes stamped " + when(at) + ", "
                    + duration(at - now) + " ahead of this computer's clock (" + when(now) + "; at most 24 hours are accepted),"
                    + " first in " + decl.name() + " record " + shortId(r.id()) + " (" + where + "). The sender's clock is"
                    + " probably wrong (or this computer's is behind): set the date and time right, then export the bundle again.",
                    sender, when(at), duration(at - now), when(now), decl.name(), shortId(r.id()), where);
        }
    }

    private static FieldRule rule(TableDeclaration decl, String field) {
        return decl.field(field);
    }

    private static String targetTable(FieldRule rule, Record r, Connection c, TableDeclaration decl) {
        Object kind = r.values().get(rule.byField());
        if (kind == null && c != null) {
            try {
                kind = Sql.one(c, "SELECT " + rule.byField() + " FROM " + decl.name() + " WHERE id=?", rs -> rs.getString(1), r.id())
                        .orElse(null);
            } catch (SQLException e) {
                throw SyncException.coded(e, "import.databaseFailed", String.valueOf(e), String.valueOf(e));
            }
        }
        return kind == null ? null : rule.byTables().get(kind.toString());
    }

    private static boolean exists(Connection c, String table, String id) {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + table + " WHERE id=?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw SyncException.coded(e, "import.cannotCheckReference", "cannot check a reference to " + table + ": " + e.getMessage(),
                    table, e.getMessage());
        }
    }

    /** Areas this workspace knows, plus those of every questionnaire in the bundle or the workspace. */
    private static Set<String> knownAreas(Map<TableSchema, List<Record>> records, Connection c) throws SQLException {
        Set<String> out = new TreeSet<>(Sql.list(c, "SELECT id FROM index_area", rs -> rs.getString(1)));
        for (String def : Sql.list(c, "SELECT definition FROM questionnaire", rs -> rs.getString(1))) {
            addAreas(out, def);
        }
        for (var e : records.entrySet()) {
            if (e.getKey().name().equals("questionnaire")) {
                for (Record r : e.getValue()) {
                    addAreas(out, (String) r.get("definition"));
                }
            }
        }
        return out;
    }

    private static void addAreas(Set<String> out, String definition) {
        if (definition == null) {
            return;
        }
        try {
            JsonNode root = JSON.readTree(definition);
            for (JsonNode a : root.path("areas")) {
                if (a.path("id").isTextual()) {
                    out.add(a.path("id").asText());
                }
            }
        } catch (Exception e) {
            // an unreadable definition is refused by its own field check; it defines no area
        }
    }

    private static BundleRejected refused(TableDeclaration decl, Record r, String field, Phrase problem) {
        return BundleRejected.coded("record.field", decl.name() + " record " + shortId(r.id()) + ": field " + field + " " + problem,
                decl.name(), shortId(r.id()), field, problem);
    }

    private static String shortId(Object id) {
        String s = String.valueOf(id);
        return s.length() > 40 ? s.substring(0, 40) + "…" : s.replaceAll("\\p{Cntrl}", "?");
    }

    private static String quoted(String s) {
        return "'" + shortId(s) + "'";
    }

    private static String when(long millis) {
        try {
            return WHEN.format(Instant.ofEpochMilli(millis));
        } catch (RuntimeException e) {
            return millis + " ms";
        }
    }

    static Phrase duration(long ms) {
        long minutes = ms / 60_000;
        if (minutes < 120) {
            return Phrase.coded("duration.minutes", minutes + " minutes", minutes);
        }
        long hours = minutes / 60;
        if (hours < 72) {
            return Phrase.coded("duration.hours", hours + " hours", hours);
        }
        long days = hours / 24;
        return days < 1000 ? Phrase.coded("duration.days", days + " days", days)
                : Phrase.coded("duration.years", (days / 365) + " years", days / 365);
    }
}
