package org.fieldbook.index.answer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.fieldbook.index.IndexIds;
import org.fieldbook.index.definition.QuestionDefinition;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.store.Database;
import org.fieldbook.store.Sql;
import org.fieldbook.store.TrackedRecords;
import org.fieldbook.store.Tracker;

/**
 * Stores each visit's assessment (which questionnaire the city answered) and the city's answers, one tracked
 * record per question with a name-based id.
 */
public final class AnswerRepository extends TrackedRecords {
    public AnswerRepository(Database db, Tracker tracker) {
        super(db, tracker);
    }

    /** The questionnaire the visit's city answered, if any. */
    public Optional<String> questionnaireOf(String visitId) {
        return db.read(c -> questionnaireOf(c, visitId));
    }

    public static Optional<String> questionnaireOf(Connection c, String visitId) throws SQLException {
        return Sql.one(c, "SELECT questionnaire_id FROM index_assessment WHERE id=? AND deleted=0",
                rs -> rs.getString(1), IndexIds.assessment(visitId));
    }

    /** Sets the questionnaire used on a visit (inside a write). */
    public void setQuestionnaire(Connection c, String visitId, String questionnaireId, String source) throws SQLException {
        String id = IndexIds.assessment(visitId);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("visit_id", visitId);
        f.put("questionnaire_id", questionnaireId);
        f.put("source", source == null ? "" : source);
        tracker.upsert(c, "index_assessment", id, f);
    }

    public void setQuestionnaire(String visitId, String questionnaireId, String source) {
        db.write(c -> {
            setQuestionnaire(c, visitId, questionnaireId, source);
            return null;
        });
    }

    /** The city's answers on a visit for a questionnaire, by question id (unanswered questions included). */
    public Map<String, CityAnswer> answers(String visitId, QuestionnaireDefinition d) {
        return db.read(c -> answers(c, visitId, d));
    }

    public static Map<String, CityAnswer> answers(Connection c, String visitId, QuestionnaireDefinition d) throws SQLException {
        Map<String, CityAnswer> out = new LinkedHashMap<>();
        Map<String, QuestionDefinition> questions = d.questionMap();
        Sql.list(c, "SELECT question_id, value, evidence FROM index_answer WHERE visit_id=? AND questionnaire_id=? AND deleted=0",
                rs -> {
                    String qid = rs.getString(1);
                    QuestionDefinition q = questions.get(qid);
                    if (q != null) {
                        out.put(qid, new CityAnswer(qid, AnswerCodec.decode(rs.getString(2), q), rs.getString(3)));
                    }
                    return null;
                }, visitId, d.id());
        return out;
    }

    /**
     * Replaces the city's answers on a visit in one transaction: every question of the definition gets the
     * given answer, and a question not given becomes unanswered. Unchanged answers get no new stamps.
     */
    public void replaceAll(String visitId, QuestionnaireDefinition d, Map<String, CityAnswer> answers, String source) {
        db.write(c -> {
            setQuestionnaire(c, visitId, d.id(), source);
            for (QuestionDefinition q : d.questions()) {
                CityAnswer a = answers.getOrDefault(q.id(), new CityAnswer(q.id(), null, ""));
                save(c, visitId, d.id(), a);
            }
            return null;
        });
    }

    /** Saves one answer (inside a write). */
    public void save(Connection c, String visitId, String questionnaireId, CityAnswer a) throws SQLException {
        String id = IndexIds.answer(visitId, questionnaireId, a.questionId());
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("visit_id", visitId);
        f.put("questionnaire_id", questionnaireId);
        f.put("question_id", a.questionId());
        f.put("value", AnswerCodec.encode(a.value()));
        f.put("evidence", a.evidence());
        if (a.value() == null && a.evidence().isEmpty()
                && Sql.count(c, "SELECT count(*) FROM index_answer WHERE id=?", id) == 0) {
            return; // an empty answer to a question never answered is not written
        }
        tracker.upsert(c, "index_answer", id, f);
    }

    public void save(String visitId, String questionnaireId, CityAnswer a) {
        db.write(c -> {
            save(c, visitId, questionnaireId, a);
            return null;
        });
    }
}
