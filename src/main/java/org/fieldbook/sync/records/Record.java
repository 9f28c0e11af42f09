package org.fieldbook.sync.records;

import java.util.Map;
import java.util.TreeMap;

/**
 * One record as it travels: every column's value (Long, Double, String or null), the per-field stamps, and
 * the sync metadata: {@code seen} (per clock node, the latest stamp this state includes) and, for merged
 * texts, {@code versions} (the text versions this value descends from).
 */
public record Record(String table, TreeMap<String, Object> values, TreeMap<String, String> stamps,
                     TreeMap<String, String> seen, TreeMap<String, java.util.TreeSet<String>> versions) {
    public String id() {
        return (String) values.get("id");
    }

    public Object get(String field) {
        return values.get(field);
    }

    public String stamp(String field) {
        return stamps.getOrDefault(field, "");
    }

    public boolean deleted() {
        Object d = values.get("deleted");
        return d instanceof Number n && n.longValue() != 0;
    }

    public static Record of(String table, Map<String, Object> values, Map<String, String> stamps) {
        return new Record(table, new TreeMap<>(values), new TreeMap<>(stamps), new TreeMap<>(), new TreeMap<>());
    }
}
