package org.fieldbook.profile;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.fieldbook.store.Database;
import org.fieldbook.store.Sql;
import org.fieldbook.store.Tracker;

/**
 * The tracked records of one table that hang off a profile section (revisions, source links): each is added with its
 * visit and section, and a section's records are listed in a fixed order.
 */
final class SectionRecords<T> {
    private final Database db;
    private final Tracker tracker;
    private final String table;
    private final String order;
    private final Sql.RowMapper<T> mapper;

    SectionRecords(Database db, Tracker tracker, String table, String order, Sql.RowMapper<T> mapper) {
        this.db = db;
        this.tracker = tracker;
        this.table = table;
        this.order = order;
        this.mapper = mapper;
    }

    /** Adds a record of {@code visitId} and {@code sectionId} with the other fields given as name, value, name, value…. */
    String add(Connection c, String visitId, String sectionId, Object... namesAndValues) throws SQLException {
        Map<String, Object> f = Tracker.fields("visit_id", visitId, "section_id", sectionId);
        f.putAll(Tracker.fields(namesAndValues));
        return tracker.insert(c, table, Tracker.newId(), f);
    }

    /** The section's records (not deleted), in this table's order. */
    List<T> forSection(String sectionId) {
        return db.read(c -> Sql.list(c, "SELECT * FROM " + table + " WHERE section_id=? AND deleted=0 ORDER BY " + order, mapper,
                sectionId));
    }
}
