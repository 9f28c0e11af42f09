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
        Map<String, Object> f = assessmentFields(visitId, questionnaireId, source == null ? "" : source);
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
     * The questionnaire the visit's city answered, as shown to a person (inside a read). On the office's shared
     * database the tracker is told the version read (a missing assessment included), and {@link #answersShown} does the
     * same for the answers, so that a later load of answers ({@link #replaceAll}) starts from what this program showed.
     */
    public Optional<String> questionnaireShown(Connection c, String visitId) throws SQLException {
        String id = IndexIds.assessment(visitId);
        Optional<String[]> a = Sql.one(c, "SELECT questionnaire_id, source FROM index_assessment WHERE id=? AND deleted=0",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, id);
        tracker.seen("index_assessment", id, assessmentFields(visitId, a.map(x -> x[0]).orElse(null), a.map(x -> x[1]).orElse(null)));
        return a.map(x -> x[0]);
    }

    /**
     * The city's answers on a visit as shown to a person (inside a read), by question id: as {@link #answers}, and on
     * the office's shared database the tracker is told the version of each answer read, an unanswered question's
     * included (then: no value, no evidence).
     */
    public Map<String, CityAnswer> answersShown(Connection c, String visitId, QuestionnaireDefinition d) throws SQLException {
        Map<String, String[]> stored = new LinkedHashMap<>();
        Sql.list(c, "SELECT question_id, value, evidence FROM index_answer WHERE visit_id=? AND questionnaire_id=? AND deleted=0",
                rs -> stored.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)}), visitId, d.id());
        Map<String, CityAnswer> out = new LinkedHashMap<>();
        for (QuestionDefinition q : d.questions()) {
            String[] row = stored.get(q.id());
            tracker.seen("index_answer", IndexIds.answer(visitId, d.id(), q.id()),
                    answerFields(visitId, d.id(), q.id(), row == null ? null : row[0], row == null ? "" : row[1]));
            if (row != null) {
                out.put(q.id(), new CityAnswer(q.id(), AnswerCodec.decode(row[0], q), row[1]));
            }
        }
        return out;
    }

    private static Map<String, Object> assessmentFields(String visitId, String questionnaireId, String source) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("visit_id", visitId);
        f.put("questionnaire_id", questionnaireId);
        f.put("source", source);
        return f;
    }

    private static Map<String, Object> answerFields(String visitId, String questionnaireId, String questionId, String value,
                                                    String evidence) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("visit_id", visitId);
        f.put("questionnaire_id", questionnaireId);
        f.put("question_id", questionId);
        f.put("value", value);
        f.put("evidence", evidence);
        return f;
    }

    /**
     * Replaces the city's answers on a visit in one transaction: every question of the definition gets the
     * given answer, and a question not given becomes unanswered. Unchanged answers get no new stamps.
     *
     * <p>On the office's shared database the load starts from the answers this program last read or wrote
     * ({@link #answersShown}): an answer nobody else touched since is written as given; one a colleague changed since keeps the
     * colleague's value when the file leaves it as this program knew it, and otherwise gets the file's value with the
     * two listed as an open conflict for both to settle (the assessment's questionnaire and source file likewise).
     * Returns the number of answers so listed (0 on a single-user workspace and when nobody else changed them).
     */
    public int replaceAll(String visitId, QuestionnaireDefinition d, Map<String, CityAnswer> answers, String source) {
        return db.write(c -> {
            long before = openConflicts(c, visitId);
            // this program had shown the visit's answers (or written them): a question it has no version of was unanswered then
            boolean shownBefore = tracker.hasSeen("index_assessment", IndexIds.assessment(visitId));
            setQuestionnaire(c, visitId, d.id(), source);
            for (QuestionDefinition q : d.questions()) {
                CityAnswer a = answers.getOrDefault(q.id(), new CityAnswer(q.id(), null, ""));
                String id = IndexIds.answer(visitId, d.id(), q.id());
                if (shownBefore && !tracker.hasSeen("index_answer", id)) {
                    tracker.seen("index_answer", id, answerFields(visitId, d.id(), q.id(), null, ""));
                }
                save(c, visitId, d.id(), a);
            }
            return (int) (openConflicts(c, visitId) - before);
        });
    }

    private static long openConflicts(Connection c, String visitId) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM sync_conflict k WHERE k.status='open' AND k.tbl='index_answer'"
                + " AND k.id IN (SELECT id FROM index_answer WHERE visit_id=?)", visitId);
    }

    /** Saves one answer (inside a write). */
    public void save(Connection c, String visitId, String questionnaireId, CityAnswer a) throws SQLException {
        String id = IndexIds.answer(visitId, questionnaireId, a.questionId());
        Map<String, Object> f = answerFields(visitId, questionnaireId, a.questionId(), AnswerCodec.encode(a.value()), a.evidence());
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
