package org.fieldbook.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@link SchemaConstraints} for PostgreSQL: the same declaration ({@link SyncedTables}) installed as one
 * {@code BEFORE INSERT OR UPDATE} trigger function per synced table, raising "invalid value for TABLE.FIELD". Column
 * types already hold the type checks SQLite needs {@code typeof} for; forms are regular expressions instead of GLOB.
 */
final class PgSchemaConstraints {
    private static final String PREFIX = "fbchk_";

    private PgSchemaConstraints() {
    }

    static void install(Connection c) throws SQLException {
        SchemaChecks.install(c, statements(), (conn, st) -> Dialect.POSTGRESQL.lockForMigration(conn), (conn, st) -> {
            // CREATE OR REPLACE: the new definitions replace the old ones
        });
    }

    static List<String> statements() {
        List<String> out = new ArrayList<>();
        out.add("CREATE OR REPLACE FUNCTION fb_json_type(v text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$\n"
                + "BEGIN RETURN jsonb_typeof(v::jsonb); EXCEPTION WHEN others THEN RETURN ''; END $$");
        out.add("CREATE OR REPLACE FUNCTION fb_json_bad_list(v text, len integer) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$\n"
                + "BEGIN RETURN EXISTS (SELECT 1 FROM jsonb_array_elements(v::jsonb) e WHERE jsonb_typeof(e) <> 'string'"
                + " OR (len > 0 AND length(e #>> '{}') <> len)); EXCEPTION WHEN others THEN RETURN true; END $$");
        out.add("CREATE OR REPLACE FUNCTION fb_bad_date(v text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$\n"
                + "BEGIN RETURN to_char(v::date, 'YYYY-MM-DD') <> v; EXCEPTION WHEN others THEN RETURN true; END $$");
        for (TableDeclaration t : SyncedTables.all()) {
            StringBuilder body = new StringBuilder();
            for (Map.Entry<String, FieldRule> e : t.fields().entrySet()) {
                String bad = condition("NEW." + e.getKey(), e.getValue());
                if (bad != null) {
                    body.append("  IF ").append(bad).append(" THEN RAISE EXCEPTION 'invalid value for ")
                            .append(t.name()).append('.').append(e.getKey()).append("' USING ERRCODE = '23514'; END IF;\n");
                }
            }
            if (body.isEmpty()) {
                continue;
            }
            String fn = PREFIX + t.name();
            out.add("CREATE OR REPLACE FUNCTION " + fn + "() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n" + body
                    + "  RETURN NEW;\nEND $$");
            out.add("DROP TRIGGER IF EXISTS " + fn + " ON " + t.name());
            out.add("CREATE TRIGGER " + fn + " BEFORE INSERT OR UPDATE ON " + t.name() + " FOR EACH ROW EXECUTE FUNCTION " + fn + "()");
        }
        return out;
    }

    /** A condition true when {@code col} breaks the rule (never null itself), or null when there is nothing to check. */
    static String condition(String col, FieldRule r) {
        String nullCheck = r.nullable() ? null : col + " IS NULL";
        String value = switch (r.type()) {
            case "integer", "real" -> range(col, r);
            case "bool" -> col + " NOT IN (0,1)";
            case "text" -> join((r.max() == null ? null : "length(" + col + ") > " + r.max()),
                    r.notBlank() ? "trim(" + col + ") = ''" : null);
            case "enum" -> col + " NOT IN (" + quoted(r.values()) + ")";
            case "date" -> col + " !~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$' OR fb_bad_date(" + col + ")";
            case "time" -> col + " !~ '^[0-2][0-9]:[0-5][0-9]$' OR substr(" + col + ",1,2) > '23'";
            case "instant" -> col + " !~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]T'";
            case "sha256" -> col + " !~ '^[0-9a-f]{64}$'";
            case "stamp" -> col + " !~ '^[0-9]{15}-[0-9]{5}-.'";
            case "uuid" -> col + " !~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'";
            case "slug" -> col + " = '' OR length(" + col + ") > 100 OR " + col + " ~ '[^A-Za-z0-9._-]'";
            case "area" -> col + " ~ '[^a-z0-9_]'" + (r.optional() ? "" : " OR " + col + " = ''");
            case "ref", "refBy" -> null;
            case "json" -> json(col, r.shape());
            default -> throw new IllegalStateException("unknown field type " + r.type());
        };
        if (value == null) {
            return nullCheck;
        }
        String bad = "(" + col + " IS NOT NULL AND (" + value + "))";
        return nullCheck == null ? bad : nullCheck + " OR " + bad;
    }

    private static String json(String col, String shape) {
        String type = "fb_json_type(" + col + ")";
        return switch (shape) {
            case "object" -> type + " <> 'object'";
            case "team" -> type + " <> 'array'";
            case "hashList" -> type + " <> 'array' OR fb_json_bad_list(" + col + ", 64)";
            case "areaList" -> type + " <> 'array' OR fb_json_bad_list(" + col + ", 0)";
            case "answer" -> type + " = '' OR " + type + " = 'object'";
            default -> throw new IllegalStateException("unknown JSON shape " + shape);
        };
    }

    private static String range(String col, FieldRule r) {
        return join(r.min() == null ? null : col + " < " + r.min(), r.maxValue() == null ? null : col + " > " + r.maxValue());
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " OR " + b;
    }

    private static String quoted(List<String> values) {
        List<String> q = new ArrayList<>();
        for (String v : values) {
            q.add("'" + v.replace("'", "''") + "'");
        }
        return String.join(",", q);
    }

}
