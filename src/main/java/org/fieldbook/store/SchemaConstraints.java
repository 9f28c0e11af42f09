package org.fieldbook.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the declared schema ({@link SyncedTables}) into the database's own checks: one {@code BEFORE INSERT} trigger
 * per synced table and one {@code BEFORE UPDATE OF} trigger per field, each aborting the write with the table and
 * field named. They hold what SQLite can check (types, null, allowed values, ranges, date/time/id/stamp forms, JSON
 * shapes); what needs the whole workspace (references, known INDEX areas, text patterns) is checked by the bundle
 * validator, and references also by the foreign keys. Installed at open whenever the declaration changed.
 */
public final class SchemaConstraints {
    static final String PREFIX = "fbchk_";

    private SchemaConstraints() {
    }

    /** Creates (or re-creates, when the declaration changed) the triggers; runs in its own transaction. */
    public static void install(Connection c) throws SQLException {
        SchemaChecks.install(c, inputs(), SchemaConstraints::statements, (conn, st) -> {
            // one writer connection: nothing else installs at the same time
        }, (conn, st) -> {
            for (String old : Sql.list(conn, "SELECT name FROM sqlite_master WHERE type='trigger' AND name LIKE 'fbchk\\_%' ESCAPE '\\'",
                    rs -> rs.getString(1))) {
                st.execute("DROP TRIGGER \"" + old + "\"");
            }
        });
    }

    /**
     * What {@link #statements()} makes the checks from: the declaration and the classes that read it and write the SQL.
     * Should one of them be renamed or removed, no fingerprint is made and the checks are built at each opening, as
     * before (SchemaChecksShortcutTest fails then, to have this list corrected).
     */
    static final List<String> INPUTS = List.of("schema/synced-tables.json", "SchemaConstraints.class", "SyncedTables.class",
            "FieldRule.class", "TableDeclaration.class", "TrackedTable.class", "StoreJson.class");

    /**
     * A fingerprint of {@link #INPUTS} (their bytes: any change to the declaration or to this code changes it), or null
     * when one cannot be read. Two checksums and the length, without loading a message digest provider.
     */
    static String inputs() {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        java.util.zip.Adler32 adler = new java.util.zip.Adler32();
        long length = 0;
        for (String name : INPUTS) {
            try (java.io.InputStream in = SchemaConstraints.class.getResourceAsStream(name)) {
                if (in == null) {
                    return null;
                }
                byte[] bytes = in.readAllBytes();
                crc.update(bytes);
                adler.update(bytes);
                length += bytes.length;
            } catch (java.io.IOException e) {
                return null;
            }
        }
        return Long.toHexString(crc.getValue()) + "-" + Long.toHexString(adler.getValue()) + "-" + length;
    }

    /** The trigger definitions the declaration gives. */
    static List<String> statements() {
        List<String> out = new ArrayList<>();
        for (TableDeclaration t : SyncedTables.all()) {
            StringBuilder insert = new StringBuilder();
            for (Map.Entry<String, FieldRule> e : t.fields().entrySet()) {
                String bad = condition("NEW." + e.getKey(), e.getValue());
                if (bad == null) {
                    continue;
                }
                String raise = "  SELECT RAISE(ABORT, 'invalid value for " + t.name() + "." + e.getKey() + "') WHERE " + bad + ";\n";
                insert.append(raise);
                out.add("CREATE TRIGGER " + PREFIX + t.name() + "_u_" + e.getKey() + " BEFORE UPDATE OF " + e.getKey()
                        + " ON " + t.name() + " BEGIN\n" + raise + "END");
            }
            if (!insert.isEmpty()) {
                out.add("CREATE TRIGGER " + PREFIX + t.name() + "_i BEFORE INSERT ON " + t.name() + " BEGIN\n" + insert + "END");
            }
        }
        return out;
    }

    /** An SQL condition true when {@code col} breaks the rule, or null when nothing can be checked in SQL. */
    static String condition(String col, FieldRule r) {
        String nullCheck = r.nullable() ? null : col + " IS NULL";
        String value = switch (r.type()) {
            case "integer" -> "typeof(" + col + ") <> 'integer'" + range(col, r);
            case "real" -> "typeof(" + col + ") NOT IN ('integer','real')" + range(col, r);
            case "bool" -> "typeof(" + col + ") <> 'integer' OR " + col + " NOT IN (0,1)";
            case "text" -> "typeof(" + col + ") <> 'text'" + (r.max() == null ? "" : " OR length(" + col + ") > " + r.max())
                    + (r.notBlank() ? " OR trim(" + col + ") = ''" : "");
            case "enum" -> "typeof(" + col + ") <> 'text' OR " + col + " NOT IN (" + quoted(r.values()) + ")";
            case "date" -> "typeof(" + col + ") <> 'text' OR " + col + " NOT GLOB '" + "[0-9]".repeat(4) + "-[0-1][0-9]-[0-3][0-9]'"
                    + " OR date(" + col + ") IS NOT " + col;
            case "time" -> "typeof(" + col + ") <> 'text' OR " + col + " NOT GLOB '[0-2][0-9]:[0-5][0-9]' OR substr(" + col + ",1,2) > '23'";
            case "instant" -> "typeof(" + col + ") <> 'text' OR " + col + " NOT GLOB '" + "[0-9]".repeat(4) + "-[0-1][0-9]-[0-3][0-9]T*'";
            case "sha256" -> "typeof(" + col + ") <> 'text' OR length(" + col + ") <> 64 OR " + col + " GLOB '*[^0-9a-f]*'";
            case "stamp" -> "typeof(" + col + ") <> 'text' OR " + col + " NOT GLOB '" + "[0-9]".repeat(15) + "-" + "[0-9]".repeat(5) + "-?*'";
            case "uuid" -> "typeof(" + col + ") <> 'text' OR " + col + " NOT GLOB '" + hex(8) + "-" + hex(4) + "-" + hex(4) + "-"
                    + hex(4) + "-" + hex(12) + "'";
            case "slug" -> "typeof(" + col + ") <> 'text' OR " + col + " = '' OR length(" + col + ") > 100 OR "
                    + col + " GLOB '*[^A-Za-z0-9._-]*'";
            case "area" -> "typeof(" + col + ") <> 'text' OR (" + col + " GLOB '*[^a-z0-9_]*'"
                    + (r.optional() ? "" : " OR " + col + " = ''") + ")";
            case "ref", "refBy" -> "typeof(" + col + ") <> 'text'";
            case "json" -> json(col, r.shape());
            default -> throw new IllegalStateException("unknown field type " + r.type());
        };
        String bad = col + " IS NOT NULL AND (" + value + ")";
        return nullCheck == null ? bad : nullCheck + " OR (" + bad + ")";
    }

    private static String json(String col, String shape) {
        String valid = "typeof(" + col + ") <> 'text' OR NOT json_valid(" + col + ")";
        String type = "CASE WHEN json_valid(" + col + ") THEN json_type(" + col + ") ELSE '' END";
        return switch (shape) {
            case "object" -> valid + " OR " + type + " <> 'object'";
            case "team" -> valid + " OR " + type + " <> 'array'";
            case "hashList" -> valid + " OR " + type + " <> 'array' OR (json_valid(" + col + ") AND EXISTS (SELECT 1 FROM json_each("
                    + "CASE WHEN json_valid(" + col + ") THEN " + col + " ELSE '[]' END) WHERE type <> 'text' OR length(value) <> 64))";
            case "areaList" -> valid + " OR " + type + " <> 'array' OR (json_valid(" + col + ") AND EXISTS (SELECT 1 FROM json_each("
                    + "CASE WHEN json_valid(" + col + ") THEN " + col + " ELSE '[]' END) WHERE type <> 'text'))";
            case "answer" -> valid + " OR " + type + " = 'object'";
            default -> throw new IllegalStateException("unknown JSON shape " + shape);
        };
    }

    private static String range(String col, FieldRule r) {
        return (r.min() == null ? "" : " OR " + col + " < " + r.min()) + (r.maxValue() == null ? "" : " OR " + col + " > " + r.maxValue());
    }

    private static String hex(int n) {
        return "[0-9a-f]".repeat(n);
    }

    private static String quoted(List<String> values) {
        List<String> q = new ArrayList<>();
        for (String v : values) {
            q.add("'" + v.replace("'", "''") + "'");
        }
        return String.join(",", q);
    }

}
