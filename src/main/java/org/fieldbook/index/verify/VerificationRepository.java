package org.fieldbook.index.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldbook.index.IndexIds;
import org.fieldbook.index.answer.AnswerCodec;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.store.Database;
import org.fieldbook.store.Sql;
import org.fieldbook.store.TrackedRecords;
import org.fieldbook.store.Tracker;

/** Stores verifications and their evidence links (both with name-based ids, so two laptops merge). */
public final class VerificationRepository extends TrackedRecords {
    public VerificationRepository(Database db, Tracker tracker) {
        super(db, tracker);
    }

    /** The verifications of a visit's answers, by question id (questions never touched are absent). */
    public Map<String, Verification> forVisit(String visitId, QuestionnaireDefinition d) {
        Map<String, Verification> out = db.read(c -> forVisit(c, visitId, d));
        seen(visitId, d.id(), out);
        return out;
    }

    /**
     * Tells the tracker these verifications of a visit were read (each at its revision): the base of a later save on a
     * shared office database. For reads made with {@link #forVisit(Connection, String, QuestionnaireDefinition)}.
     */
    public void seen(String visitId, String questionnaireId, Map<String, Verification> read) {
        read.values().forEach(v -> tracker.seen("index_verification", IndexIds.verification(visitId, questionnaireId, v.questionId()),
                fields(v), v.revision()));
    }

    public static Map<String, Verification> forVisit(Connection c, String visitId, QuestionnaireDefinition d) throws SQLException {
        Map<String, List<EvidenceLink>> links = new HashMap<>();
        Sql.list(c, "SELECT l.id, l.target_type, l.target_id, v.question_id FROM index_evidence_link l"
                + " JOIN index_verification v ON v.id = l.verification_id"
                + " WHERE v.visit_id=? AND v.questionnaire_id=? AND l.deleted=0 ORDER BY l.created_hlc", rs -> {
                    links.computeIfAbsent(rs.getString(4), k -> new ArrayList<>())
                            .add(new EvidenceLink(rs.getString(1), rs.getString(2), rs.getString(3)));
                    return null;
                }, visitId, d.id());
        Map<String, Verification> out = new LinkedHashMap<>();
        Map<String, org.fieldbook.index.definition.QuestionDefinition> questions = d.questionMap();
        Sql.list(c, "SELECT question_id, status, verified_value, rationale, revision FROM index_verification"
                + " WHERE visit_id=? AND questionnaire_id=? AND deleted=0", rs -> {
                    String qid = rs.getString(1);
                    var q = questions.get(qid);
                    if (q != null) {
                        out.put(qid, new Verification(qid, VerificationStatus.of(rs.getString(2)),
                                AnswerCodec.decode(rs.getString(3), q), rs.getString(4), links.get(qid), rs.getLong(5)));
                    }
                    return null;
                }, visitId, d.id());
        return out;
    }

    /**
     * Saves status, verified value and rationale (links are saved with {@link #link}) of the verification read at
     * {@link Verification#revision()} (0: not read, or not stored yet): on the shared office database merged from
     * exactly that version. Returns the revision stored now.
     */
    public long save(String visitId, String questionnaireId, Verification v) {
        return db.write(c -> save(c, visitId, questionnaireId, v));
    }

    public long save(Connection c, String visitId, String questionnaireId, Verification v) throws SQLException {
        String id = ensure(c, visitId, questionnaireId, v.questionId());
        tracker.update(c, "index_verification", id, fields(v), v.revision());
        return tracker.revision(c, "index_verification", id);
    }

    private static Map<String, Object> fields(Verification v) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("status", v.status().id());
        f.put("verified_value", v.status() == VerificationStatus.CORRECTED ? AnswerCodec.encode(v.verifiedValue()) : null);
        f.put("rationale", v.rationale());
        return f;
    }

    /** Links a note or attachment to the verification of a question; linking twice keeps one link. */
    public EvidenceLink link(String visitId, String questionnaireId, String questionId, String targetType, String targetId) {
        if (!EvidenceLink.NOTE.equals(targetType) && !EvidenceLink.ATTACHMENT.equals(targetType)) {
            throw new IllegalArgumentException("evidence must be a note or an attachment, not " + targetType);
        }
        return db.write(c -> {
            String vid = ensure(c, visitId, questionnaireId, questionId);
            String id = IndexIds.evidenceLink(vid, targetType, targetId);
            if (!insertIfAbsent(c, "index_evidence_link", id, "verification_id", vid, "target_type", targetType, "target_id", targetId)) {
                tracker.restore(c, "index_evidence_link", id);
            }
            return new EvidenceLink(id, targetType, targetId);
        });
    }

    /** Removes a link (a tombstone; linking again restores it). */
    public void unlink(String linkId) {
        db.write(c -> tracker.delete(c, "index_evidence_link", linkId));
    }

    private String ensure(Connection c, String visitId, String questionnaireId, String questionId) throws SQLException {
        String id = IndexIds.verification(visitId, questionnaireId, questionId);
        insertIfAbsent(c, "index_verification", id, "visit_id", visitId, "questionnaire_id", questionnaireId, "question_id", questionId,
                "status", VerificationStatus.NOT_CHECKED.id());
        return id;
    }

    /**
     * Inserts the record {@code id} of {@code table} with the fields given as name, value, name, value… when the table
     * has no record of that id (deleted or not); true when it did.
     */
    private boolean insertIfAbsent(Connection c, String table, String id, Object... namesAndValues) throws SQLException {
        if (Sql.count(c, "SELECT count(*) FROM " + table + " WHERE id=?", id) != 0) {
            return false;
        }
        tracker.insert(c, table, id, Tracker.fields(namesAndValues));
        return true;
    }
}
