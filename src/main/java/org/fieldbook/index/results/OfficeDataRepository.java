package org.fieldbook.index.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.fieldbook.store.Sql;
import org.fieldbook.store.Tracker;
import org.fieldbook.support.JsonMappers;

/**
 * The office's groups of similar cities and its area mapping as synced records ({@code index_sample_group},
 * {@code index_area_mapping}, migration V014), so that they travel in bundles like the results. Saving a new set
 * stamps only what changed and deletes (tombstones) what the new set no longer holds, so a laptop that receives it
 * ends up with the same set. With no record at all, none was ever saved or received: the caller falls back.
 */
final class OfficeDataRepository {
    private static final ObjectMapper JSON = JsonMappers.plain();

    private OfficeDataRepository() {
    }

    /**
     * The live groups in their order; empty when the table has no record at all (not even a deleted one). On the
     * office's shared database the tracker is told the version of each group read ({@link #shown}).
     */
    static Optional<SampleGroups> groups(Connection c, Tracker tracker) throws SQLException {
        if (Sql.count(c, "SELECT count(*) FROM index_sample_group") == 0) {
            return Optional.empty();
        }
        List<GroupSpec> specs = Sql.list(c, "SELECT id, dimension, over_value, up_to, countries, label, ord FROM index_sample_group"
                + " WHERE deleted=0 ORDER BY ord, id", rs -> {
                    Map<String, Object> f = new LinkedHashMap<>();
                    f.put("ord", rs.getLong(7));
                    f.put("dimension", rs.getString(2));
                    f.put("over_value", real(rs, 3));
                    f.put("up_to", real(rs, 4));
                    f.put("countries", rs.getString(5));
                    f.put("label", rs.getString(6));
                    tracker.seen("index_sample_group", rs.getString(1), f);
                    return new GroupSpec(rs.getString(1), rs.getString(2), label(rs.getString(6)), real(rs, 3), real(rs, 4),
                            countries(rs.getString(5)));
                });
        // A record that passed the bundle validator field by field may still make no sense as a whole (over ≥ upTo
        // after two edits merged): it is left out rather than breaking every comparison.
        List<GroupSpec> usable = new ArrayList<>();
        for (GroupSpec g : specs) {
            if (SampleGroups.problem(g).isEmpty()) {
                usable.add(g);
            }
        }
        return Optional.of(new SampleGroups(usable));
    }

    private static Map<String, Object> groupFields(long ord, GroupSpec g) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("ord", ord);
        f.put("dimension", g.dimension());
        f.put("over_value", g.over());
        f.put("up_to", g.upTo());
        f.put("countries", g.countries() == null ? "" : String.join(";", g.countries()));
        f.put("label", labelJson(g.label()));
        return f;
    }

    /**
     * Tells the tracker that this program showed groups it did not read from the synced records (an earlier local copy
     * or Fieldbook's defaults): a later load then starts from them too.
     */
    static void shown(Tracker tracker, SampleGroups groups) {
        long ord = 0;
        for (GroupSpec g : groups.groups()) {
            tracker.seen("index_sample_group", g.id(), groupFields(ord++, g));
        }
    }

    /**
     * Replaces the groups. On the office's shared database the load starts from the groups this program last read or
     * wrote ({@link #groups}, {@link #shown}): a group a colleague changed since keeps the colleague's values where the
     * file leaves them as shown, and otherwise gets the file's with the two listed as an open conflict; a colleague's
     * group the file leaves out is not deleted: when it changed since, the deletion is an open conflict
     * ({@link Tracker#delete}), and when this program never showed it (added since) the load is refused, naming it.
     */
    static void saveGroups(Connection c, Tracker tracker, SampleGroups groups) throws SQLException {
        Map<String, Map<String, Object>> wanted = new LinkedHashMap<>();
        long ord = 0;
        for (GroupSpec g : groups.groups()) {
            wanted.put(g.id(), groupFields(ord++, g));
        }
        replaceAll(c, tracker, "index_sample_group", wanted, (cc, id) -> "The group '" + id + "' was added by a colleague"
                + " after the groups were read here, and the file leaves it out: read the groups again and load a file that"
                + " keeps it or leaves it out knowingly. Nothing was changed.");
    }

    /** Why a load that leaves out a record a colleague added since this program read the others is refused. */
    @FunctionalInterface
    private interface Refusal {
        String why(Connection c, String id) throws SQLException;
    }

    /**
     * Replaces every live record of {@code table} by {@code wanted} (id to fields, in order): records written with
     * {@link Tracker#upsert}, live records left out deleted with {@link Tracker#delete}. On the office's shared database
     * the load starts from what this program last read or wrote of the table: a record it did not know yet is taken as
     * absent then, and a live record it never showed that the load leaves out refuses the whole load ({@code refusal}).
     */
    private static void replaceAll(Connection c, Tracker tracker, String table, Map<String, Map<String, Object>> wanted,
                                   Refusal refusal) throws SQLException {
        List<String> live = Sql.list(c, "SELECT id FROM " + table + " WHERE deleted=0", rs -> rs.getString(1));
        boolean shownBefore = shownBefore(tracker, table, live, wanted.keySet());
        if (shownBefore) {
            for (String id : live) {
                if (!wanted.containsKey(id) && !tracker.hasSeen(table, id)) {
                    throw new IllegalArgumentException(refusal.why(c, id));
                }
            }
        }
        for (Map.Entry<String, Map<String, Object>> w : wanted.entrySet()) {
            if (shownBefore && !tracker.hasSeen(table, w.getKey())) {
                tracker.seen(table, w.getKey(), absent(w.getValue())); // not there when this program last read the table
            }
            tracker.upsert(c, table, w.getKey(), w.getValue());
        }
        for (String id : live) {
            if (!wanted.containsKey(id)) {
                tracker.delete(c, table, id);
            }
        }
    }

    /** True when this program (on a shared workspace) has read or written any of these records: the base of a load. */
    private static boolean shownBefore(Tracker tracker, String table, List<String> live, Set<String> loaded) {
        if (!tracker.shared()) {
            return false;
        }
        for (String id : live) {
            if (tracker.hasSeen(table, id)) {
                return true;
            }
        }
        for (String id : loaded) {
            if (tracker.hasSeen(table, id)) {
                return true;
            }
        }
        return false;
    }

    /** A record's fields as this program knew a record that did not exist: each field without a value. */
    private static Map<String, Object> absent(Map<String, Object> fields) {
        Map<String, Object> none = new LinkedHashMap<>();
        fields.keySet().forEach(k -> none.put(k, null));
        return none;
    }

    /**
     * The live mapping, pairs of editions in the order first saved; empty when the table has no record at all. On the
     * office's shared database the tracker is told the version of each record read.
     */
    static Optional<AreaMapping> mapping(Connection c, Tracker tracker) throws SQLException {
        if (Sql.count(c, "SELECT count(*) FROM index_area_mapping") == 0) {
            return Optional.empty();
        }
        Map<String, Map<String, String>> edges = new LinkedHashMap<>();
        Sql.list(c, "SELECT from_questionnaire, to_questionnaire, from_area, to_area, id FROM index_area_mapping WHERE deleted=0"
                + " ORDER BY n", rs -> {
                    edges.computeIfAbsent(rs.getString(1) + "\u0000" + rs.getString(2), k -> new LinkedHashMap<>())
                            .put(rs.getString(3), rs.getString(4));
                    tracker.seen("index_area_mapping", rs.getString(5),
                            mappingFields(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    return null;
                });
        List<AreaMapping.Edge> out = new ArrayList<>();
        edges.forEach((pair, areas) -> {
            String[] p = pair.split("\u0000", 2);
            out.add(new AreaMapping.Edge(p[0], p[1], areas));
        });
        return Optional.of(new AreaMapping(out));
    }

    private static Map<String, Object> mappingFields(String from, String to, String fromArea, String toArea) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("from_questionnaire", from);
        f.put("to_questionnaire", to);
        f.put("from_area", fromArea);
        f.put("to_area", toArea);
        return f;
    }

    /** As {@link #shown(Tracker, SampleGroups)}, for a mapping shown from an earlier local copy or the defaults. */
    static void shown(Tracker tracker, AreaMapping mapping) {
        for (AreaMapping.Edge e : mapping.mappings()) {
            for (Map.Entry<String, String> a : e.areas().entrySet()) {
                tracker.seen("index_area_mapping", mappingId(e.from(), e.to(), a.getKey()),
                        mappingFields(e.from(), e.to(), a.getKey(), a.getValue()));
            }
        }
    }

    /** Replaces the mapping; on the office's shared database as {@link #saveGroups} does for the groups. */
    static void saveMapping(Connection c, Tracker tracker, AreaMapping mapping) throws SQLException {
        Map<String, Map<String, Object>> wanted = new LinkedHashMap<>();
        for (AreaMapping.Edge e : mapping.mappings()) {
            for (Map.Entry<String, String> a : e.areas().entrySet()) {
                wanted.put(mappingId(e.from(), e.to(), a.getKey()), mappingFields(e.from(), e.to(), a.getKey(), a.getValue()));
            }
        }
        replaceAll(c, tracker, "index_area_mapping", wanted, (cc, id) -> {
            String what = Sql.one(cc, "SELECT from_questionnaire || ' -> ' || to_questionnaire || ', area ' || from_area"
                    + " FROM index_area_mapping WHERE id=?", rs -> rs.getString(1), id).orElse(id);
            return "The area mapping " + what + " was added by a colleague after the mapping was read here, and the file"
                    + " leaves it out: read the mapping again and load a file that keeps it or leaves it out knowingly."
                    + " Nothing was changed.";
        });
    }

    /** One id per area of a pair of editions in every workspace, so two offices' copies of one mapping are one record. */
    static String mappingId(String from, String to, String fromArea) {
        return UUID.nameUUIDFromBytes(("area-mapping|" + from + "|" + to + "|" + fromArea).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static Double real(java.sql.ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static List<String> countries(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(text.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static Map<String, String> label(String json) {
        Map<String, String> out = new TreeMap<>();
        try {
            JsonNode n = JSON.readTree(json);
            if (n != null) {
                n.fields().forEachRemaining(e -> {
                    if (e.getValue().isTextual()) {
                        out.put(e.getKey(), e.getValue().asText());
                    }
                });
            }
        } catch (JsonProcessingException e) {
            // the bundle validator lets only JSON objects in; an unreadable label is no label (the id is shown)
        }
        return out;
    }

    private static String labelJson(Map<String, String> label) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(label));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
