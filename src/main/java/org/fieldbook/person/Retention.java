package org.fieldbook.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fieldbook.store.Database;
import org.fieldbook.store.Sql;
import org.fieldbook.store.TrackedRecords;
import org.fieldbook.store.Tracker;

/**
 * The retention rule: the contact details (e-mail, phone) of the people met are removed once their city's last visit
 * has been closed (status done) for more than N years. N is set by the office ({@link #setYears}) and travels to every
 * laptop in bundles; {@link #DEFAULT_YEARS} applies until it does. Applied at start-up and by {@code fieldbook retention}.
 */
public final class Retention extends TrackedRecords {
    public static final int DEFAULT_YEARS = 5;
    static final String ID = "retention";

    public Retention(Database db, Tracker tracker) {
        super(db, tracker);
    }

    /** What the rule removes (or removed): the people whose contact details go, per city. */
    public record Summary(int years, LocalDate closedBefore, int people, List<String> cities) {
    }

    /**
     * N as it is shown to a person (Settings, {@code fieldbook retention}). On the office's shared database the value
     * read is the version a later {@link #setYears} starts from (the default when none is stored yet): a colleague's
     * change made since is then not replaced silently.
     */
    public int years() {
        int years = db.read(Retention::stored).orElse(DEFAULT_YEARS);
        tracker.seen("retention_policy", ID, Map.of("years", years));
        return years;
    }

    private static java.util.Optional<Integer> stored(java.sql.Connection c) throws java.sql.SQLException {
        return Sql.one(c, "SELECT years FROM retention_policy WHERE id=? AND deleted=0", rs -> rs.getInt(1), ID);
    }

    /**
     * Sets N for every workspace that receives this one's bundles. On the office's shared database the change starts
     * from the value this program showed ({@link #years}): when a colleague changed N since, this value is stored and
     * the two are listed as an open conflict for both to settle; returns the number of such conflicts (0 or 1).
     */
    public int setYears(int years) {
        if (years < 1 || years > 100) {
            throw new IllegalArgumentException("The retention period is between 1 and 100 years, not " + years);
        }
        return db.write(c -> {
            if (Sql.count(c, "SELECT count(*) FROM retention_policy WHERE id=?", ID) == 0) {
                tracker.insert(c, "retention_policy", ID, Map.of("years", years));
                return 0;
            }
            long before = openConflicts(c);
            tracker.update(c, "retention_policy", ID, Map.of("years", years, "deleted", 0));
            return (int) (openConflicts(c) - before);
        });
    }

    private static long openConflicts(java.sql.Connection c) throws java.sql.SQLException {
        return Sql.count(c, "SELECT count(*) FROM sync_conflict WHERE status='open' AND tbl='retention_policy' AND id=?", ID);
    }

    /** Applies the rule as of {@code today} (or, with {@code dryRun}, only says what it would remove). */
    public Summary apply(LocalDate today, boolean dryRun) {
        int years = db.read(Retention::stored).orElse(DEFAULT_YEARS); // applied, not shown for editing
        LocalDate before = today.minusYears(years);
        String cities = "SELECT c.id FROM city c WHERE EXISTS (SELECT 1 FROM visit v WHERE v.city_id=c.id AND v.deleted=0)"
                + " AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.city_id=c.id AND v.deleted=0 AND (v.status<>'done' OR v.end_date>=?))";
        String who = "SELECT s.id FROM stakeholder s WHERE s.city_id IN (" + cities + ") AND (s.email<>'' OR s.phone<>'')";
        if (dryRun) {
            return db.read(c -> new Summary(years, before, Sql.list(c, who, rs -> rs.getString(1), before.toString()).size(),
                    Sql.list(c, "SELECT name FROM city WHERE id IN (" + cities + ") ORDER BY name", rs -> rs.getString(1), before.toString())));
        }
        return db.write(c -> {
            List<String> ids = Sql.list(c, who, rs -> rs.getString(1), before.toString());
            List<String> names = Sql.list(c, "SELECT DISTINCT c.name FROM city c JOIN stakeholder s ON s.city_id=c.id WHERE s.id IN ("
                    + who + ") ORDER BY c.name", rs -> rs.getString(1), before.toString());
            for (String id : ids) {
                tracker.overwrite(c, "stakeholder", id, Map.of("email", "", "phone", "")); // erased whatever anyone saw
            }
            return new Summary(years, before, ids.size(), names);
        });
    }
}
