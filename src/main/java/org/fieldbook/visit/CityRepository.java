package org.fieldbook.visit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldbook.store.Database;
import org.fieldbook.store.Sql;
import org.fieldbook.store.TrackedRecords;
import org.fieldbook.store.Tracker;

/** Stores cities. */
public final class CityRepository extends TrackedRecords {
    public CityRepository(Database db, Tracker tracker) {
        super(db, tracker);
    }

    public City create(City city) {
        String id = city.id() != null ? city.id() : Tracker.newId();
        db.write(c -> tracker.insert(c, "city", id, fields(city)));
        return city.withId(id).withRevision(1);
    }

    /** Saves an edit of the city read at {@link City#revision()}; returns it with its revision as stored now. */
    public City update(City city) {
        return db.write(c -> {
            tracker.update(c, "city", city.id(), fields(city), city.revision());
            return city.withRevision(tracker.revision(c, "city", city.id()));
        });
    }

    public Optional<City> find(String id) {
        return db.read(c -> Sql.one(c, "SELECT * FROM city WHERE id=?", CityRepository::map, id)).map(this::seen);
    }

    /** Tells the tracker this version was read (the base of a later update on a shared office database). */
    private City seen(City city) {
        tracker.seen("city", city.id(), fields(city), city.revision());
        return city;
    }

    private List<City> seenAll(List<City> cities) {
        cities.forEach(this::seen);
        return cities;
    }

    public List<City> list() {
        return seenAll(db.read(c -> Sql.list(c, "SELECT * FROM city WHERE deleted=0 ORDER BY "
                + db.dialect().caseless("name"), CityRepository::map)));
    }

    static Map<String, Object> fields(City city) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", city.name());
        f.put("country", city.country());
        f.put("population", city.population());
        f.put("foreign_born_pct", city.foreignBornPct());
        f.put("foreign_residents_pct", city.foreignResidentsPct());
        f.put("minorities_pct", city.minoritiesPct());
        f.put("languages", city.languages());
        f.put("context", city.context());
        return f;
    }

    static City map(ResultSet rs) throws SQLException {
        return new City(rs.getString("id"), rs.getString("name"), rs.getString("country"), Sql.getLong(rs, "population"),
                Sql.getDouble(rs, "foreign_born_pct"), Sql.getDouble(rs, "foreign_residents_pct"),
                Sql.getDouble(rs, "minorities_pct"), rs.getString("languages"), rs.getString("context"), rs.getLong("revision"));
    }
}
