package org.fieldbook.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** SQLite, the engine of a workspace folder. */
final class SqliteDialect implements Dialect {
    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public int schemaVersion(Connection c) throws SQLException {
        return (int) Sql.count(c, "PRAGMA user_version");
    }

    @Override
    public void setSchemaVersion(Connection c, int version) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute("PRAGMA user_version = " + version);
        }
    }

    @Override
    public void lockForMigration(Connection c) {
        // the workspace folder's lock already keeps other programs out
    }

    @Override
    public List<String> migration(String file) {
        return Migrations.split(Migrations.load(file));
    }

    @Override
    public String caseless(String expr) {
        return expr + " COLLATE NOCASE";
    }

    @Override
    public String jsonArrayValues(String expr, String alias) {
        return "json_each(" + expr + ") " + alias;
    }

    @Override
    public String jsonArray(String... exprs) {
        return "json_array(" + String.join(", ", exprs) + ")";
    }

    @Override
    public String jsonAgg(String element) {
        return "json_group_array(" + element + ")";
    }

    @Override
    public String json(String expr) {
        return "json(" + expr + ")";
    }

    @Override
    public List<String> tables(Connection c) throws SQLException {
        return Sql.list(c, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                + " AND name NOT LIKE '%\\_fts%' ESCAPE '\\' ORDER BY name", rs -> rs.getString(1));
    }

    @Override
    public void afterCopy(Connection c, String table) {
        // an INTEGER PRIMARY KEY numbers on from the highest row by itself
    }

    @Override
    public String forUpdate() {
        return ""; // one writer: nothing can change the row between the read and the write
    }

    @Override
    public List<TableColumn> columns(Connection c, String table) throws SQLException {
        return Sql.list(c, "PRAGMA table_info(" + table + ")",
                rs -> new TableColumn(rs.getString("name"), rs.getString("type"), rs.getInt("notnull") == 1,
                        rs.getObject("dflt_value") != null));
    }

    @Override
    public String rowId() {
        return "rowid";
    }

    @Override
    public long insertReturningN(Connection c, String insertSql, Object... params) throws SQLException {
        Sql.update(c, insertSql, params);
        return Sql.count(c, "SELECT last_insert_rowid()");
    }

    @Override
    public void installConstraints(Connection c) throws SQLException {
        SchemaConstraints.install(c);
    }

    @Override
    public String lockImports(Connection c) {
        return null; // the folder lock and the one writer connection already make imports one at a time
    }

    @Override
    public void announce(Connection c, String who) {
        // one program per workspace folder: nobody to tell
    }

    @Override
    public boolean fileBackups() {
        return true;
    }
}
