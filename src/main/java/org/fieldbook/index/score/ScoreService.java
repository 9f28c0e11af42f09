package org.fieldbook.index.score;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.fieldbook.index.definition.QuestionDefinition;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.definition.QuestionnaireRepository;
import org.fieldbook.store.Database;

/** Scores visits from what is stored: their questionnaire, the city's answers and the verifications. */
public final class ScoreService {
    private final Database db;
    private final QuestionnaireRepository questionnaires;
    private final Map<String, Map<String, QuestionDefinition>> questionMaps = new ConcurrentHashMap<>();
    private final Map<String, ScoringPlan> plans = new ConcurrentHashMap<>();

    public ScoreService(Database db, QuestionnaireRepository questionnaires) {
        this.db = db;
        this.questionnaires = questionnaires;
    }

    /** The visit's scores; a visit without answers is refused with a clear message. */
    public IndexScore score(String visitId) {
        List<ScoreInputs.Row> rows = db.read(c -> ScoreInputs.rows(c, visitId));
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("visit " + visitId + " has no INDEX answers yet (see 'fieldbook index import-answers')");
        }
        return score(rows.get(0));
    }

    /** The scores of every visit with answers, by visit id (one query for all). */
    public Map<String, IndexScore> scoreAll() {
        Map<String, IndexScore> out = new LinkedHashMap<>();
        for (ScoreInputs.Row row : db.read(c -> ScoreInputs.rows(c, null))) {
            out.put(row.visitId(), score(row));
        }
        return out;
    }

    private IndexScore score(ScoreInputs.Row row) {
        QuestionnaireDefinition d = questionnaires.require(row.questionnaireId());
        Map<String, QuestionDefinition> questions = questionMaps.computeIfAbsent(d.id(), k -> d.questionMap());
        ScoringPlan plan = plans.computeIfAbsent(d.id(), k -> ScoringPlan.of(d));
        return IndexScorer.score(plan, ScoreInputs.answers(row, questions), ScoreInputs.checks(row, questions));
    }
}
