package org.fieldbook.sync.records;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldbook.store.Sql;
import org.fieldbook.store.TrackedTable;

/** The travelling columns of one tracked table (every column but the local row number {@code n}). */
public record TableSchema(TrackedTable table, Map<String, Column> columns) {
    /** Columns every tracked table has, managed by the tracker and the merge rather than by users. */
    public static final Set<String> META = Set.of("id", "created_hlc", "updated_hlc", "author", "device", "revision", "stamps");
    public static final String LOCAL_ROW = "n";

    public static TableSchema read(Connection c, TrackedTable table) throws SQLException {
        Map<String, Column> cols = new LinkedHashMap<>();
        for (org.fieldbook.store.Dialect.TableColumn tc : org.fieldbook.store.Dialect.of(c).columns(c, table.name())) {
            Column col = new Column(tc.name(), tc.type(), tc.notNull(), tc.hasDefault());
            if (!col.name().equals(LOCAL_ROW)) {
                cols.put(col.name(), col);
            }
        }
        if (cols.isEmpty()) {
            throw new IllegalStateException("tracked table " + table.name() + " does not exist");
        }
        for (String m : META) {
            if (!cols.containsKey(m)) {
                throw new IllegalStateException("tracked table " + table.name() + " lacks column " + m);
            }
        }
        return new TableSchema(table, cols);
    }

    public String name() {
        return table.name();
    }

    /** Fields that carry user data and are merged (every column but the meta columns; includes deleted). */
    public List<String> fields() {
        List<String> out = new ArrayList<>();
        for (String c : columns.keySet()) {
            if (!META.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    public String columnList() {
        return String.join(",", columns.keySet());
    }
}
