package org.fieldbook.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one declared schema of every synced table, read from {@code org/fieldbook/store/schema/synced-tables.json}.
 * Both the bundle validator and the database's own checks ({@link SchemaConstraints}) are built from it.
 */
public final class SyncedTables {
    private static final String RESOURCE = "schema/synced-tables.json";
    private static final List<TableDeclaration> ALL = load();

    private SyncedTables() {
    }

    /** Every declaration, parents before children. */
    public static List<TableDeclaration> all() {
        return ALL;
    }

    public static TableDeclaration of(String table) {
        for (TableDeclaration d : ALL) {
            if (d.name().equals(table)) {
                return d;
            }
        }
        throw new IllegalArgumentException("Not a synced table: " + table);
    }

    private static List<TableDeclaration> load() {
        JsonNode root;
        try (InputStream in = SyncedTables.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            root = StoreJson.PLAIN.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
        List<TableDeclaration> out = new ArrayList<>();
        for (JsonNode t : root.path("tables")) {
            String name = t.path("name").asText();
            String idKind = t.path("id").asText("uuid");
            LinkedHashSet<String> merged = new LinkedHashSet<>();
            t.path("mergedTexts").forEach(m -> merged.add(m.asText()));
            Map<String, FieldRule> fields = new LinkedHashMap<>();
            fields.put("id", rule("id", idKind, false));
            fields.put("created_hlc", rule("created_hlc", "stamp", false));
            fields.put("updated_hlc", rule("updated_hlc", "stamp", false));
            fields.put("author", new FieldRule("author", "text", false, false, 300, false, null, null, null, null, null, null, null, null));
            fields.put("device", new FieldRule("device", "text", false, false, 100, true, Pattern.compile("[A-Za-z0-9_-]+"),
                    null, null, null, null, null, null, null));
            fields.put("revision", new FieldRule("revision", "integer", false, false, null, false, null, null, 1.0, null, null, null, null, null));
            fields.put("deleted", rule("deleted", "bool", false));
            for (var it = t.path("fields").fields(); it.hasNext();) {
                var e = it.next();
                fields.put(e.getKey(), field(name, e.getKey(), e.getValue()));
            }
            for (String m : merged) {
                if (!fields.containsKey(m)) {
                    throw new IllegalStateException(RESOURCE + ": merged text " + name + "." + m + " is not declared");
                }
            }
            TrackedTable tracked = new TrackedTable(name, t.path("scope").asText(), Collections.unmodifiableSet(merged));
            java.util.Set<String> personal = new java.util.TreeSet<>(java.util.Set.of("author"));
            t.path("personal").forEach(p -> personal.add(p.asText()));
            for (String p : personal) {
                if (!fields.containsKey(p)) {
                    throw new IllegalStateException(RESOURCE + ": personal field " + name + "." + p + " is not declared");
                }
            }
            out.add(new TableDeclaration(name, idKind, tracked, Collections.unmodifiableMap(fields),
                    Collections.unmodifiableSet(personal), t.path("personalRecords").asBoolean(false)));
        }
        return List.copyOf(out);
    }

    private static FieldRule rule(String name, String type, boolean nullable) {
        return new FieldRule(name, type, nullable, false, null, false, null, null, null, null, null, null, null, null);
    }

    private static FieldRule field(String table, String name, JsonNode f) {
        String type = f.path("type").asText();
        List<String> values = null;
        if (f.has("values")) {
            values = new ArrayList<>();
            for (JsonNode v : f.get("values")) {
                values.add(v.asText());
            }
            values = List.copyOf(values);
        }
        Map<String, String> byTables = null;
        if (f.has("tables")) {
            byTables = new LinkedHashMap<>();
            for (var it = f.get("tables").fields(); it.hasNext();) {
                var e = it.next();
                byTables.put(e.getKey(), e.getValue().asText());
            }
        }
        boolean isText = type.equals("text");
        FieldRule r = new FieldRule(name, type, f.path("nullable").asBoolean(false), f.path("optional").asBoolean(false),
                isText && f.has("max") ? f.get("max").asInt() : null, f.path("notBlank").asBoolean(false),
                f.has("pattern") ? Pattern.compile(f.get("pattern").asText()) : null, values,
                f.has("min") ? f.get("min").asDouble() : null, !isText && f.has("max") ? f.get("max").asDouble() : null,
                f.has("shape") ? f.get("shape").asText() : null, f.has("table") ? f.get("table").asText() : null,
                f.has("field") ? f.get("field").asText() : null, byTables);
        if ((type.equals("enum") && values == null) || (type.equals("ref") && r.table() == null)
                || (type.equals("refBy") && (r.byField() == null || byTables == null)) || (type.equals("json") && r.shape() == null)) {
            throw new IllegalStateException(RESOURCE + ": incomplete rule for " + table + "." + name);
        }
        return r;
    }
}
