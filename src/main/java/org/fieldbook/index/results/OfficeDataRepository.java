package org.fieldbook.index.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
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

    /** The live groups in their order; empty when the table has no record at all (not even a deleted one). */
    static Optional<SampleGroups> groups(Connection c) throws SQLException {
        if (Sql.count(c, "SELECT count(*) FROM index_sample_group") == 0) {
            return Optional.empty();
        }
        List<GroupSpec> specs = Sql.list(c, "SELECT id, dimension, over_value, up_to, countries, label FROM index_sample_group"
                + " WHERE deleted=0 ORDER BY ord, id", rs -> new GroupSpec(rs.getString(1), rs.getString(2), label(rs.getString(6)),
                real(rs, 3), real(rs, 4), countries(rs.getString(5))));
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

    static void saveGroups(Connection c, Tracker tracker, SampleGroups groups) throws SQLException {
        Set<String> keep = new HashSet<>();
        int ord = 0;
        for (GroupSpec g : groups.groups()) {
            keep.add(g.id());
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("ord", (long) ord++);
            f.put("dimension", g.dimension());
            f.put("over_value", g.over());
            f.put("up_to", g.upTo());
            f.put("countries", g.countries() == null ? "" : String.join(";", g.countries()));
            f.put("label", labelJson(g.label()));
            tracker.upsert(c, "index_sample_group", g.id(), f);
        }
        for (String id : Sql.list(c, "SELECT id FROM index_sample_group WHERE deleted=0", rs -> rs.getString(1))) {
            if (!keep.contains(id)) {
                tracker.delete(c, "index_sample_group", id);
            }
        }
    }

    /** The live mapping, pairs of editions in the order first saved; empty when the table has no record at all. */
    static Optional<AreaMapping> mapping(Connection c) throws SQLException {
        if (Sql.count(c, "SELECT count(*) FROM index_area_mapping") == 0) {
            return Optional.empty();
        }
        Map<String, Map<String, String>> edges = new LinkedHashMap<>();
        Sql.list(c, "SELECT from_questionnaire, to_questionnaire, from_area, to_area FROM index_area_mapping WHERE deleted=0"
                + " ORDER BY n", rs -> {
                    edges.computeIfAbsent(rs.getString(1) + "\u0000" + rs.getString(2), k -> new LinkedHashMap<>())
                            .put(rs.getString(3), rs.getString(4));
                    return null;
                });
        List<AreaMapping.Edge> out = new ArrayList<>();
        edges.forEach((pair, areas) -> {
            String[] p = pair.split("\u0000", 2);
            out.add(new AreaMapping.Edge(p[0], p[1], areas));
        });
        return Optional.of(new AreaMapping(out));
    }

    static void saveMapping(Connection c, Tracker tracker, AreaMapping mapping) throws SQLException {
        Set<String> keep = new HashSet<>();
        for (AreaMapping.Edge e : mapping.mappings()) {
            for (Map.Entry<String, String> a : e.areas().entrySet()) {
                String id = mappingId(e.from(), e.to(), a.getKey());
                keep.add(id);
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("from_questionnaire", e.from());
                f.put("to_questionnaire", e.to());
                f.put("from_area", a.getKey());
                f.put("to_area", a.getValue());
                tracker.upsert(c, "index_area_mapping", id, f);
            }
        }
        for (String id : Sql.list(c, "SELECT id FROM index_area_mapping WHERE deleted=0", rs -> rs.getString(1))) {
            if (!keep.contains(id)) {
                tracker.delete(c, "index_area_mapping", id);
            }
        }
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
