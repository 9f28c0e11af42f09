package org.fieldbook.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fieldbook.base.Phrase;

/**
 * The declared rule for one field of a synced table (see {@code synced-tables.json}): its type, whether it may be
 * null, its allowed values, the shape of structured (JSON) fields and the record it refers to. {@link #problem}
 * checks one value on its own; references and area ids are resolved by the caller, which knows the workspace.
 *
 * @param table    for {@code ref}: the table referred to
 * @param byField  for {@code refBy}: the field whose value picks the table; {@code byTables} maps value to table
 * @param optional for {@code ref} and {@code area}: an empty string means "none"
 */
public record FieldRule(String name, String type, boolean nullable, boolean optional, Integer max, boolean notBlank,
                        Pattern pattern, List<String> values, Double min, Double maxValue, String shape, String table,
                        String byField, Map<String, String> byTables) {
    public static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    public static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    public static final Pattern AREA = Pattern.compile("[a-z][a-z0-9_]{0,59}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final ObjectMapper JSON = StoreJson.PLAIN;

    /** True for the field types whose values name another record. */
    public boolean isReference() {
        return type.equals("ref") || type.equals("refBy");
    }

    /**
     * What is wrong with {@code value} (as it travels: Long, Double, String or null), or empty when it is acceptable
     * on its own. The text names the value and the rule, not the table or record (the caller adds those).
     */
    public Optional<Phrase> problem(Object value, Map<String, Object> record) {
        if (value == null) {
            return nullable ? Optional.empty() : Optional.of(Phrase.coded("field.null", "is null, which it may not be"));
        }
        switch (type) {
            case "integer":
                if (!(value instanceof Long l)) {
                    return Optional.of(Phrase.coded("field.notWhole", "is " + shown(value) + ", not a whole number",
                            shown(value)));
                }
                return range(l.doubleValue());
            case "real":
                if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())) {
                    return Optional.of(Phrase.coded("field.notNumber", "is " + shown(value) + ", not a number", shown(value)));
                }
                return range(n.doubleValue());
            case "bool":
                return value instanceof Long l && (l == 0 || l == 1) ? Optional.empty()
                        : Optional.of(Phrase.coded("field.notBool", "is " + shown(value) + ", not 0 or 1", shown(value)));
            default:
                break;
        }
        if (!(value instanceof String s)) {
            return Optional.of(Phrase.coded("field.notText", "is " + shown(value) + ", not text", shown(value)));
        }
        switch (type) {
            case "text":
                if (max != null && s.length() > max) {
                    return Optional.of(Phrase.coded("field.tooLong", "is " + s.length() + " characters long (at most " + max + ")",
                            s.length(), max));
                }
                if (notBlank && s.isBlank()) {
                    return Optional.of(Phrase.coded("field.empty", "is empty, which it may not be"));
                }
                if (pattern != null && !pattern.matcher(s).matches()) {
                    // free text is not repeated in messages (it may be personal data that ends up in a log)
                    return Optional.of(Phrase.coded("field.badForm", "has a value of " + s.length() + " characters that is not in the expected form",
                            s.length()));
                }
                return Optional.empty();
            case "enum":
                return values.contains(s) ? Optional.empty()
                        : Optional.of(Phrase.coded("field.notOneOf", "has " + shown(s) + ", which is not one of: " + String.join(", ", values),
                                shown(s), String.join(", ", values)));
            case "date":
                return date(s) ? Optional.empty() : Optional.of(Phrase.coded("field.notDate", "has " + shown(s) + ", which is not a date (YYYY-MM-DD)",
                        shown(s)));
            case "time":
                return TIME.matcher(s).matches() ? Optional.empty() : Optional.of(Phrase.coded("field.notTime", "has " + shown(s) + ", which is not a time (HH:MM)",
                        shown(s)));
            case "instant":
                return instant(s) ? Optional.empty() : Optional.of(Phrase.coded("field.notInstant", "has " + shown(s) + ", which is not a UTC time (ISO-8601)",
                        shown(s)));
            case "sha256":
                return SHA256.matcher(s).matches() ? Optional.empty() : Optional.of(Phrase.coded("field.notSha256", "has " + shown(s) + ", which is not a SHA-256 hash",
                        shown(s)));
            case "stamp":
                return HybridClock.isStamp(s) ? Optional.empty() : Optional.of(Phrase.coded("field.notStamp", "has " + shown(s) + ", which is not a clock stamp",
                        shown(s)));
            case "uuid":
                return UUID.matcher(s).matches() ? Optional.empty() : Optional.of(Phrase.coded("field.notUuid", "has " + shown(s) + ", which is not an id (UUID)",
                        shown(s)));
            case "slug":
                return SLUG.matcher(s).matches() ? Optional.empty() : Optional.of(Phrase.coded("field.notSlug", "has " + shown(s) + ", which is not an id",
                        shown(s)));
            case "ref":
            case "refBy":
                if (optional && s.isEmpty()) {
                    return Optional.empty();
                }
                return UUID.matcher(s).matches() || SLUG.matcher(s).matches() ? Optional.empty()
                        : Optional.of(Phrase.coded("field.notRecordId", "has " + shown(s) + ", which is not a record id",
                                shown(s)));
            case "area":
                if (optional && s.isEmpty()) {
                    return Optional.empty();
                }
                return AREA.matcher(s).matches() ? Optional.empty() : Optional.of(Phrase.coded("field.notAreaId", "has " + shown(s) + ", which is not an INDEX area id",
                        shown(s)));
            case "json":
                return json(s);
            default:
                throw new IllegalStateException("unknown field type " + type + " for " + name);
        }
    }

    /** The area ids a value names (an {@code area} field, or an {@code areaList} JSON field); call after {@link #problem}. */
    public List<String> areaIds(Object value) {
        if (!(value instanceof String s) || s.isEmpty()) {
            return List.of();
        }
        if (type.equals("area")) {
            return List.of(s);
        }
        if (type.equals("json") && "areaList".equals(shape)) {
            try {
                List<String> out = new java.util.ArrayList<>();
                JSON.readTree(s).forEach(n -> out.add(n.asText()));
                return out;
            } catch (Exception e) {
                return List.of();
            }
        }
        return List.of();
    }

    private Optional<Phrase> range(double v) {
        if (min != null && v < min) {
            return Optional.of(Phrase.coded("field.belowMin", "is " + fmt(v) + ", below its minimum " + fmt(min),
                    fmt(v), fmt(min)));
        }
        if (maxValue != null && v > maxValue) {
            return Optional.of(Phrase.coded("field.aboveMax", "is " + fmt(v) + ", above its maximum " + fmt(maxValue),
                    fmt(v), fmt(maxValue)));
        }
        return Optional.empty();
    }

    private Optional<Phrase> json(String s) {
        JsonNode n;
        try {
            n = JSON.readTree(s);
        } catch (Exception e) {
            return Optional.of(Phrase.coded("field.notJson", "has " + shown(s) + ", which is not JSON", shown(s)));
        }
        if (n == null || n.isMissingNode()) {
            return Optional.of(Phrase.coded("field.emptyJson", "is empty, not JSON"));
        }
        switch (shape) {
            case "object":
                return n.isObject() ? Optional.empty() : Optional.of(Phrase.coded("field.notJsonObject", "is not a JSON object"));
            case "areaList": {
                if (!n.isArray() || n.size() > 100) {
                    return Optional.of(Phrase.coded("field.notAreaList", "has " + shown(s) + ", which is not a JSON array of INDEX area ids",
                            shown(s)));
                }
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (JsonNode e : n) {
                    if (!e.isTextual() || !AREA.matcher(e.asText()).matches() || !seen.add(e.asText())) {
                        return Optional.of(Phrase.coded("field.notDistinctAreas", "has " + shown(s) + ", which is not a JSON array of distinct INDEX area ids",
                                shown(s)));
                    }
                }
                return Optional.empty();
            }
            case "team": {
                if (!n.isArray() || n.size() > 100) {
                    return Optional.of(Phrase.coded("field.notTeam", "has " + shown(s) + ", which is not a JSON array of team members",
                            shown(s)));
                }
                for (JsonNode e : n) {
                    if (!e.isObject() || !e.path("name").isTextual() || e.path("name").asText().length() > 300
                            || !e.path("role").isTextual() || !AREA.matcher(e.path("role").asText()).matches()) {
                        return Optional.of(Phrase.coded("field.notTeamShape", "has " + shown(s) + ", which is not a JSON array of {name, role}",
                                shown(s)));
                    }
                }
                return Optional.empty();
            }
            case "hashList": {
                if (!n.isArray() || n.size() > 100) {
                    return Optional.of(Phrase.coded("field.notHashList", "is not a JSON array of SHA-256 hashes"));
                }
                for (JsonNode e : n) {
                    if (!e.isTextual() || !SHA256.matcher(e.asText()).matches()) {
                        return Optional.of(Phrase.coded("field.notHashList", "is not a JSON array of SHA-256 hashes"));
                    }
                }
                return Optional.empty();
            }
            case "answer": {
                if (n.isTextual() || n.isNumber() || n.isBoolean() || n.isNull()) {
                    return Optional.empty();
                }
                if (n.isArray() && n.size() <= 1000) {
                    for (JsonNode e : n) {
                        if (!e.isTextual() && !e.isNumber()) {
                            return Optional.of(Phrase.coded("field.notAnswer", "has " + shown(s) + ", which is not an answer (text, number or list of options)",
                                    shown(s)));
                        }
                    }
                    return Optional.empty();
                }
                return Optional.of(Phrase.coded("field.notAnswer", "has " + shown(s) + ", which is not an answer (text, number or list of options)",
                        shown(s)));
            }
            default:
                throw new IllegalStateException("unknown JSON shape " + shape + " for " + name);
        }
    }

    private static boolean date(String s) {
        if (!DATE.matcher(s).matches()) {
            return false;
        }
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean instant(String s) {
        try {
            Instant.parse(s);
            return s.length() <= 40;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** A value quoted for a message, cut short so a hostile value cannot flood it. */
    static String shown(Object v) {
        if (v == null) {
            return "null";
        }
        String s = v.toString();
        s = s.length() > 60 ? s.substring(0, 60) + "…" : s;
        return v instanceof String ? "'" + s.replaceAll("\\p{Cntrl}", "?") + "'" : s;
    }
}
