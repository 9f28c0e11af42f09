package org.fieldbook.sync.records;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fieldbook.support.JsonMappers;
import org.fieldbook.base.Phrase;
import org.fieldbook.sync.BundleRejected;

/**
 * Canonical JSON for one table's records: an array sorted by id, one record per line, keys sorted; each record
 * holds every column, {@code stamps} as an object and {@code _sync} (seen, versions). Parsing checks the shape
 * and each value's type against the table's columns.
 */
public final class RecordJson {
    public static final int MAX_STRING = 1_000_000;
    public static final String SYNC = "_sync";
    private static final int MAX_STAMP = 120;
    private static final ObjectMapper WRITER = JsonMappers.mapsByKey();
    /** Bundles come from elsewhere: this reader alone limits string length and nesting and refuses duplicate keys. */
    private static final ObjectMapper READER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING * 4).maxNestingDepth(20).build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());

    private RecordJson() {
    }

    public static byte[] write(List<Record> records) {
        List<Record> sorted = new ArrayList<>(records);
        sorted.sort((a, b) -> a.id().compareTo(b.id()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            out.write("[\n".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < sorted.size(); i++) {
                out.write(WRITER.writeValueAsBytes(toMap(sorted.get(i))));
                out.write((i + 1 < sorted.size() ? ",\n" : "\n").getBytes(StandardCharsets.UTF_8));
            }
            out.write("]\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static Map<String, Object> toMap(Record r) {
        TreeMap<String, Object> m = new TreeMap<>(r.values());
        m.put("stamps", r.stamps());
        TreeMap<String, Object> sync = new TreeMap<>();
        sync.put("seen", r.seen());
        sync.put("versions", r.versions());
        m.put(SYNC, sync);
        return m;
    }

    public static List<Record> parse(TableSchema schema, byte[] bytes) {
        String file = schema.name() + ".json";
        JsonNode root;
        try (JsonParser p = READER.createParser(bytes)) {
            root = READER.readTree(p);
        } catch (StreamConstraintsException e) {
            throw BundleRejected.coded("json.tooLongOrDeep", "string too long or nesting too deep in " + file, file);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw BundleRejected.coded("json.malformed", "malformed JSON in " + file + ": " + e.getOriginalMessage(),
                    file, e.getOriginalMessage());
        } catch (IOException e) {
            throw BundleRejected.coded("file.cannotRead", "cannot read " + file + ": " + e.getMessage(), file, e.getMessage());
        }
        if (root == null || !root.isArray()) {
            throw BundleRejected.coded("json.notArray", file + " is not a JSON array of records", file);
        }
        List<Record> out = new ArrayList<>(root.size());
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (JsonNode node : root) {
            Record r = record(schema, node, file);
            if (!ids.add(r.id())) {
                throw BundleRejected.coded("json.duplicateId", "duplicate record id " + r.id() + " in " + file, r.id(), file);
            }
            out.add(r);
        }
        return out;
    }

    private static Record record(TableSchema schema, JsonNode node, String file) {
        if (!node.isObject()) {
            throw BundleRejected.coded("json.notObject", file + " holds something that is not a record object", file);
        }
        TreeMap<String, Object> values = new TreeMap<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!key.equals("stamps") && !key.equals(SYNC) && !schema.columns().containsKey(key)) {
                throw BundleRejected.coded("json.unknownField", "unknown field " + schema.name() + "." + key + " in " + file,
                        schema.name(), key, file);
            }
        }
        for (Column col : schema.columns().values()) {
            if (col.name().equals("stamps")) {
                continue;
            }
            JsonNode v = node.get(col.name());
            String where = schema.name() + "." + col.name();
            if (v == null) {
                if (col.notNull() && !col.hasDefault()) {
                    throw BundleRejected.coded("json.missingField", "missing field " + where + " in " + file, where, file);
                }
                continue;
            }
            values.put(col.name(), value(col, v, where));
        }
        Object id = values.get("id");
        if (!(id instanceof String s) || s.isEmpty() || s.length() > 100) {
            throw BundleRejected.coded("json.noId", "a record in " + file + " has no valid id", file);
        }
        Object deleted = values.get("deleted");
        if (deleted != null && !(deleted instanceof Long l && (l == 0 || l == 1))) {
            throw BundleRejected.coded("json.deletedType", "wrong type for " + schema.name() + ".deleted (0 or 1 expected) in record " + id,
                    schema.name(), id);
        }
        TreeMap<String, String> stamps = stringMap(node.get("stamps"), schema.name() + ".stamps", id, true);
        for (String f : stamps.keySet()) {
            if (!schema.columns().containsKey(f) || TableSchema.META.contains(f)) {
                throw BundleRejected.coded("json.stampUnknownField", "stamp for unknown field " + f + " in record " + id + " of " + file,
                        f, id, file);
            }
        }
        JsonNode sync = node.get(SYNC);
        TreeMap<String, String> seen = new TreeMap<>();
        TreeMap<String, TreeSet<String>> versions = new TreeMap<>();
        if (sync != null) {
            if (!sync.isObject()) {
                throw BundleRejected.coded("json.syncType", "wrong type for " + SYNC + " in record " + id + " of " + file,
                        SYNC, id, file);
            }
            seen = stringMap(sync.get("seen"), "seen", id, false);
            JsonNode vs = sync.get("versions");
            if (vs != null && !vs.isNull()) {
                if (!vs.isObject()) {
                    throw BundleRejected.coded("json.versionsType", "wrong type for versions in record " + id + " of " + file,
                            id, file);
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = vs.fields(); it.hasNext();) {
                    var e = it.next();
                    if (!schema.table().mergedTexts().contains(e.getKey()) || !e.getValue().isArray() || e.getValue().size() > 10_000) {
                        throw BundleRejected.coded("json.versionsField", "wrong versions for field " + e.getKey() + " in record " + id + " of " + file,
                                e.getKey(), id, file);
                    }
                    TreeSet<String> set = new TreeSet<>();
                    for (JsonNode st : e.getValue()) {
                        if (!st.isTextual() || st.asText().length() > MAX_STAMP) {
                            throw BundleRejected.coded("json.versionStamp", "wrong version stamp for field " + e.getKey() + " in record " + id,
                                    e.getKey(), id);
                        }
                        set.add(st.asText());
                    }
                    versions.put(e.getKey(), set);
                }
            }
        }
        return new Record(schema.name(), values, stamps, seen, versions);
    }

    private static TreeMap<String, String> stringMap(JsonNode n, String what, Object id, boolean required) {
        TreeMap<String, String> out = new TreeMap<>();
        if (n == null || n.isNull()) {
            if (required) {
                throw BundleRejected.coded("json.missingPart", "missing " + what + " in record " + id, what, id);
            }
            return out;
        }
        if (!n.isObject() || n.size() > 1000) {
            throw BundleRejected.coded("json.stampsType", "wrong type for " + what + " (an object of stamps expected) in record " + id,
                    what, id);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            var e = it.next();
            if (!e.getValue().isTextual() || e.getValue().asText().length() > MAX_STAMP || e.getValue().asText().length() < 21) {
                throw BundleRejected.coded("json.stampType", "wrong type for " + what + "." + e.getKey() + " (a clock stamp expected) in record " + id,
                        what, e.getKey(), id);
            }
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    private static Object value(Column col, JsonNode v, String where) {
        if (v.isNull()) {
            if (col.notNull()) {
                throw BundleRejected.coded("json.nullRequired", "null value for required field " + where, where);
            }
            return null;
        }
        switch (col.affinity()) {
            case "INTEGER":
                if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                    throw BundleRejected.coded("json.integerExpected", "wrong type for " + where + ": integer expected, found " + v.getNodeType().name().toLowerCase(),
                            where, jsonType(v));
                }
                return v.longValue();
            case "REAL":
            case "NUMERIC":
                if (!v.isNumber()) {
                    throw BundleRejected.coded("json.numberExpected", "wrong type for " + where + ": number expected, found " + v.getNodeType().name().toLowerCase(),
                            where, jsonType(v));
                }
                return v.isIntegralNumber() && col.affinity().equals("NUMERIC") ? (Object) v.longValue() : (Object) v.doubleValue();
            default:
                if (!v.isTextual()) {
                    throw BundleRejected.coded("json.textExpected", "wrong type for " + where + ": text expected, found " + v.getNodeType().name().toLowerCase(),
                            where, jsonType(v));
                }
                if (v.asText().length() > MAX_STRING) {
                    throw BundleRejected.coded("json.stringTooLong", "string too long in " + where + " (" + v.asText().length() + " characters, limit " + MAX_STRING + ")",
                            where, v.asText().length(), MAX_STRING);
                }
                return v.asText();
        }
    }

    /** The JSON type of {@code v} as the English message names it ("number", "string"…), said in the reader's language. */
    private static Phrase jsonType(JsonNode v) {
        String name = v.getNodeType().name().toLowerCase();
        return switch (v.getNodeType()) {
            case STRING -> Phrase.coded("json.type.string", name);
            case NUMBER -> Phrase.coded("json.type.number", name);
            case BOOLEAN -> Phrase.coded("json.type.boolean", name);
            case OBJECT -> Phrase.coded("json.type.object", name);
            case ARRAY -> Phrase.coded("json.type.array", name);
            case NULL -> Phrase.coded("json.type.null", name);
            default -> Phrase.coded("json.type.other", name, name);
        };
    }
}
