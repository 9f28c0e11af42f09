package org.fieldbook.index.score;

import java.util.Map;
import org.fieldbook.index.answer.AnswerRepository;
import org.fieldbook.index.answer.CityAnswer;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.definition.QuestionnaireRepository;
import org.fieldbook.index.verify.Verification;
import org.fieldbook.index.verify.VerificationRepository;
import org.fieldbook.store.Database;

/** Scores a visit from what is stored: its questionnaire, the city's answers and the verifications. */
public final class ScoreService {
    private final Database db;
    private final QuestionnaireRepository questionnaires;

    public ScoreService(Database db, QuestionnaireRepository questionnaires) {
        this.db = db;
        this.questionnaires = questionnaires;
    }

    /** The visit's scores; a visit without answers is refused with a clear message. */
    public IndexScore score(String visitId) {
        String qid = db.read(c -> AnswerRepository.questionnaireOf(c, visitId)).orElseThrow(() ->
                new IllegalArgumentException("visit " + visitId + " has no INDEX answers yet (see 'fieldbook index import-answers')"));
        QuestionnaireDefinition d = questionnaires.require(qid);
        return db.read(c -> {
            Map<String, CityAnswer> city = AnswerRepository.answers(c, visitId, d);
            Map<String, Verification> checks = VerificationRepository.forVisit(c, visitId, d);
            return IndexScorer.score(d, city, checks);
        });
    }
}
