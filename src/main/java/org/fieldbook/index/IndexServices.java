package org.fieldbook.index;

import org.fieldbook.index.answer.AnswerRepository;
import org.fieldbook.index.definition.QuestionnaireRepository;
import org.fieldbook.index.results.IndexResultService;
import org.fieldbook.index.sample.SampleRepository;
import org.fieldbook.index.score.ScoreService;
import org.fieldbook.index.verify.VerificationRepository;
import org.fieldbook.store.Database;
import org.fieldbook.store.Tracker;
import org.fieldbook.visit.CityRepository;
import org.fieldbook.visit.VisitRepository;
import org.fieldbook.note.NoteRepository;

/** The INDEX feature's repositories and services, wired by hand from the database and tracker. */
public final class IndexServices {
    private final QuestionnaireRepository questionnaires;
    private final AnswerRepository answers;
    private final VerificationRepository verifications;
    private final ScoreService scores;
    private final AnswerImporter importer;
    private final SampleRepository samples;
    private final IndexResultService results;

    private final AssessmentService assessments;

    public IndexServices(Database db, Tracker tracker, VisitRepository visits, CityRepository cities, NoteRepository notes) {
        this.questionnaires = new QuestionnaireRepository(db, tracker);
        this.answers = new AnswerRepository(db, tracker);
        this.verifications = new VerificationRepository(db, tracker);
        this.scores = new ScoreService(db, questionnaires);
        this.samples = new SampleRepository(db, tracker);
        this.results = new IndexResultService(db, tracker, questionnaires, scores, visits, cities);
        this.importer = new AnswerImporter(questionnaires, answers, results::refresh);
        this.assessments = new AssessmentService(db, questionnaires, answers, samples, visits, cities, notes, results, verifications);
    }

    /** Loads the bundled sample questionnaire when the workspace has none. */
    public void seedIfEmpty() {
        questionnaires.seedSampleIfEmpty();
    }

    public QuestionnaireRepository questionnaires() {
        return questionnaires;
    }

    public AnswerRepository answers() {
        return answers;
    }

    public VerificationRepository verifications() {
        return verifications;
    }

    public ScoreService scores() {
        return scores;
    }

    public AnswerImporter importer() {
        return importer;
    }

    public AssessmentService assessments() {
        return assessments;
    }

    public SampleRepository samples() {
        return samples;
    }

    /** The office's INDEX database: results per city and assessment, the computed sample, ranks and progress. */
    public IndexResultService results() {
        return results;
    }
}
