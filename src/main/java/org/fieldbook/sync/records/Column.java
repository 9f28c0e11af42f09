package org.fieldbook.sync.records;

import java.util.Locale;

/** One column of a tracked table, from PRAGMA table_info. */
public record Column(String name, String declaredType, boolean notNull, boolean hasDefault) {
    /** INTEGER, REAL, TEXT or BLOB following SQLite's affinity rules. */
    public String affinity() {
        String t = declaredType.toUpperCase(Locale.ROOT);
        if (t.contains("INT")) {
            return "INTEGER";
        }
        if (t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT")) {
            return "TEXT";
        }
        if (t.isEmpty() || t.contains("BLOB")) {
            return "BLOB";
        }
        if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB")) {
            return "REAL";
        }
        return "NUMERIC";
    }
}
