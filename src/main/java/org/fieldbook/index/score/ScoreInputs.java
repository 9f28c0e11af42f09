package org.fieldbook.index.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fieldbook.index.answer.AnswerCodec;
import org.fieldbook.index.answer.CityAnswer;
import org.fieldbook.index.definition.QuestionDefinition;
import org.fieldbook.index.verify.Verification;
import org.fieldbook.index.verify.VerificationStatus;
import org.fieldbook.store.Sql;
import org.fieldbook.store.StoreException;
import org.fieldbook.support.JsonMappers;

/**
 * Reads just what scoring needs (answer values, statuses, verified values; no evidence texts): one row per
 * visit with its answers and verifications aggregated as JSON, so scoring many visits takes one query.
 */
final class ScoreInputs {
    private static final ObjectMapper JSON = JsonMappers.plain();
    private static String select(org.fieldbook.store.Dialect d) {
        return "SELECT s.visit_id, s.questionnaire_id,"
            + " (SELECT " + d.jsonAgg(d.jsonArray("question_id", d.json("value"))) + " FROM index_answer a"
            + "   WHERE a.visit_id = s.visit_id AND a.questionnaire_id = s.questionnaire_id AND a.deleted = 0 AND a.value IS NOT NULL),"
            + " (SELECT " + d.jsonAgg(d.jsonArray("question_id", "status", d.json("verified_value"))) + " FROM index_verification v"
            + "   WHERE v.visit_id = s.visit_id AND v.questionnaire_id = s.questionnaire_id AND v.deleted = 0)"
            + " FROM index_assessment s WHERE s.deleted = 0";
    }

    /** One visit's raw inputs, still JSON. */
    record Row(String visitId, String questionnaireId, String answersJson, String checksJson) {
    }

    private ScoreInputs() {
    }

    /** The inputs of one visit, or of every visit with answers when {@code visitId} is null. */
    static List<Row> rows(Connection c, String visitId) throws SQLException {
        String select = select(org.fieldbook.store.Dialect.of(c));
        String sql = visitId == null ? select : select + " AND s.visit_id = ?";
        Object[] params = visitId == null ? new Object[0] : new Object[] {visitId};
        return Sql.list(c, sql, rs -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), params);
    }

    static Map<String, CityAnswer> answers(Row row, Map<String, QuestionDefinition> questions) {
        Map<String, CityAnswer> out = new HashMap<>();
        for (JsonNode r : parse(row.answersJson())) {
            QuestionDefinition q = questions.get(r.get(0).asText());
            if (q != null) {
                out.put(q.id(), new CityAnswer(q.id(), AnswerCodec.decode(r.get(1), q), ""));
            }
        }
        return out;
    }

    static Map<String, Verification> checks(Row row, Map<String, QuestionDefinition> questions) {
        Map<String, Verification> out = new HashMap<>();
        for (JsonNode r : parse(row.checksJson())) {
            QuestionDefinition q = questions.get(r.get(0).asText());
            if (q != null) {
                out.put(q.id(), new Verification(q.id(), VerificationStatus.of(r.get(1).asText()),
                        AnswerCodec.decode(r.get(2), q), "", List.of()));
            }
        }
        return out;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json == null ? "[]" : json);
        } catch (Exception e) {
            throw new StoreException("Damaged INDEX answers: " + e.getMessage(), e);
        }
    }
}
