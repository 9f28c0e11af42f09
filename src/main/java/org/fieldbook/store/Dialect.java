package org.fieldbook.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What differs between the two store engines, one method per concern: SQLite (a workspace folder, the default) and
 * PostgreSQL (the office's shared database). Repositories write portable SQL and ask the dialect only for these
 * pieces; the engine is told from the connection ({@link #of(Connection)}), so code that is handed a connection needs
 * no extra wiring.
 */
public interface Dialect {
    /** "sqlite" or "postgresql". */
    String name();

    /** The schema version a database has reached (0 for a new one). */
    int schemaVersion(Connection c) throws SQLException;

    /** Records the schema version, inside the migration's transaction. */
    void setSchemaVersion(Connection c, int version) throws SQLException;

    /** Holds other programs off while this one migrates (PostgreSQL: several programs may open at once). */
    void lockForMigration(Connection c) throws SQLException;

    /** The statements of one migration for this engine, from the shared file or this engine's own version of it. */
    List<String> migration(String file);

    /** An ORDER BY term that sorts {@code expr} ignoring ASCII case, as SQLite's NOCASE does. */
    String caseless(String expr);

    /** A FROM item giving the elements of the JSON array in {@code expr} as text, in a column {@code value}, aliased {@code alias}. */
    String jsonArrayValues(String expr, String alias);

    /** A JSON array of {@code exprs}; an expression given as {@code json(X)} is the JSON text in X, not a string. */
    String jsonArray(String... exprs);

    /** An aggregate: the JSON array of {@code element} over the group's rows ({@code []} for none). */
    String jsonAgg(String element);

    /** The JSON value held as text in {@code expr} (for {@link #jsonArray}). */
    String json(String expr);

    /** The workspace's own tables, by name (not the engine's, nor those derived from others such as full-text indexes). */
    List<String> tables(Connection c) throws SQLException;

    /** After rows were copied in with their row numbers {@code n} (moving a workspace): new rows number on from there. */
    void afterCopy(Connection c, String table) throws SQLException;

    /** What ends a SELECT of a row about to be updated, so that a concurrent writer waits for this transaction. */
    String forUpdate();

    /** The columns of a table in their declared order. */
    List<TableColumn> columns(Connection c, String table) throws SQLException;

    /** A column that identifies a row of any table (SQLite's rowid, PostgreSQL's ctid). */
    String rowId();

    /** Runs an INSERT into a table with the row number {@code n} and returns the new row's {@code n}. */
    long insertReturningN(Connection c, String insertSql, Object... params) throws SQLException;

    /** Installs the database checks built from the declared schema (see {@link SchemaConstraints}). */
    void installConstraints(Connection c) throws SQLException;

    /**
     * Takes the lock that lets one import at a time into the workspace, for the current transaction; returns null when
     * it is held (or the engine needs none: a SQLite workspace has one writer), else who holds it.
     */
    String lockImports(Connection c) throws SQLException;

    /** Tells the database who this program works for (shown to colleagues, e.g. "Ana Ruiz is importing"). */
    void announce(Connection c, String who) throws SQLException;

    /** True when the whole database is a file that can be copied (SQLite's VACUUM INTO backups before imports). */
    boolean fileBackups();

    /** One column of a table, as the engine declares it (type in SQLite terms: INTEGER, REAL, TEXT). */
    record TableColumn(String name, String type, boolean notNull, boolean hasDefault) {
    }

    Dialect SQLITE = new SqliteDialect();
    Dialect POSTGRESQL = new PostgresDialect();

    /** The dialect of the engine behind {@code c}. */
    static Dialect of(Connection c) throws SQLException {
        return c.getMetaData().getURL().startsWith("jdbc:postgresql:") ? POSTGRESQL : SQLITE;
    }
}
