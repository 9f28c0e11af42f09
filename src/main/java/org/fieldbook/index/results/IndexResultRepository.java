package org.fieldbook.index.results;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.fieldbook.store.Sql;
import org.fieldbook.store.StoreException;
import org.fieldbook.store.Tracker;
import org.fieldbook.support.JsonMappers;

/** Reads and writes {@code index_result} records (tracked: they travel in every bundle). */
public final class IndexResultRepository {
    private static final ObjectMapper JSON = JsonMappers.plain();
    private static final TypeReference<TreeMap<String, Double>> RATES = new TypeReference<>() {};
    private static final com.fasterxml.jackson.databind.ObjectReader RATES_READER = JSON.readerFor(RATES);
    private static String order(Connection c) throws SQLException {
        return " ORDER BY " + org.fieldbook.store.Dialect.of(c).caseless("city_name") + ", city_id, result_date, id";
    }

    private IndexResultRepository() {
    }

    /**
     * Inserts the result, or updates the fields that changed (so an unchanged refresh stamps nothing). A result is
     * computed (or read from a results file) whole, so the newest one is written as it is ({@link Tracker#overwrite}).
     */
    public static boolean upsert(Connection c, Tracker tracker, IndexResult r) throws SQLException {
        Map<String, Object> f = fields(r);
        if (Sql.count(c, "SELECT count(*) FROM index_result WHERE id=?", r.id()) == 0) {
            tracker.insert(c, "index_result", r.id(), f);
            return true;
        }
        f.put("deleted", 0);
        return tracker.overwrite(c, "index_result", r.id(), f);
    }

    public static List<IndexResult> all(Connection c) throws SQLException {
        return Sql.list(c, "SELECT * FROM index_result WHERE deleted=0" + order(c), IndexResultRepository::map);
    }

    public static List<IndexResult> ofEdition(Connection c, String questionnaireId) throws SQLException {
        return Sql.list(c, "SELECT * FROM index_result WHERE deleted=0 AND questionnaire_id=?" + order(c),
                IndexResultRepository::map, questionnaireId);
    }

    public static List<IndexResult> ofCity(Connection c, String cityId) throws SQLException {
        return Sql.list(c, "SELECT * FROM index_result WHERE deleted=0 AND city_id=? ORDER BY result_date, id",
                IndexResultRepository::map, cityId);
    }

    public static Optional<IndexResult> find(Connection c, String id) throws SQLException {
        return Sql.one(c, "SELECT * FROM index_result WHERE id=?", IndexResultRepository::map, id);
    }

    static Map<String, Object> fields(IndexResult r) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("city_id", r.cityId());
        f.put("city_name", r.cityName());
        f.put("country", r.country());
        f.put("population", r.population());
        f.put("foreign_born_pct", r.foreignBornPct());
        f.put("questionnaire_id", r.questionnaireId());
        f.put("result_date", r.date());
        f.put("visit_id", r.visitId());
        f.put("source", r.source());
        f.put("self_rates", json(r.selfRates()));
        f.put("verified_rates", json(r.verifiedRates()));
        f.put("overall_self", r.overallSelf());
        f.put("overall_verified", r.overallVerified());
        f.put("lens_self", r.lensSelf());
        f.put("lens_verified", r.lensVerified());
        return f;
    }

    static IndexResult map(ResultSet rs) throws SQLException {
        return new IndexResult(rs.getString("id"), rs.getString("city_id"), rs.getString("city_name"), rs.getString("country"),
                Sql.getLong(rs, "population"), Sql.getDouble(rs, "foreign_born_pct"), rs.getString("questionnaire_id"),
                rs.getString("result_date"),
                rs.getString("visit_id"), rs.getString("source"), rates(rs.getString("self_rates")),
                rates(rs.getString("verified_rates")), Sql.getDouble(rs, "overall_self"), Sql.getDouble(rs, "overall_verified"),
                Sql.getDouble(rs, "lens_self"), Sql.getDouble(rs, "lens_verified"));
    }

    /** Rates as JSON with keys sorted, so the same rates always give the same text (no spurious change stamps). */
    static String json(Map<String, Double> rates) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(rates));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Double> rates(String json) {
        try {
            return json == null || json.isBlank() || json.equals("{}") ? Map.of() : RATES_READER.readValue(json);
        } catch (Exception e) {
            throw new StoreException("Damaged INDEX result rates: " + json, e);
        }
    }
}
