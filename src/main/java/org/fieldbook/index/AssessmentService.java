package org.fieldbook.index;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.fieldbook.index.answer.AnswerRepository;
import org.fieldbook.index.answer.CityAnswer;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.definition.QuestionnaireRepository;
import org.fieldbook.index.sample.SampleComparison;
import org.fieldbook.index.sample.SampleRepository;
import org.fieldbook.index.score.IndexScore;
import org.fieldbook.index.score.IndexScorer;
import org.fieldbook.index.verify.EvidenceLink;
import org.fieldbook.index.verify.Verification;
import org.fieldbook.index.verify.VerificationRepository;
import org.fieldbook.index.workbook.VerificationExportWriter;
import org.fieldbook.note.NoteRepository;
import org.fieldbook.store.Database;
import org.fieldbook.visit.City;
import org.fieldbook.visit.CityRepository;
import org.fieldbook.visit.VisitRepository;

/** Loads a visit's answers and checks in one read (no read nested in it), describes evidence links, and exports the verification. */
public final class AssessmentService {
    private final Database db;
    private final QuestionnaireRepository questionnaires;
    private final SampleRepository samples;
    private final VisitRepository visits;
    private final CityRepository cities;
    private final NoteRepository notes;

    public AssessmentService(Database db, QuestionnaireRepository questionnaires, SampleRepository samples, VisitRepository visits,
                             CityRepository cities, NoteRepository notes) {
        this.db = db;
        this.questionnaires = questionnaires;
        this.samples = samples;
        this.visits = visits;
        this.cities = cities;
        this.notes = notes;
    }

    /** The visit's assessment, empty when the city has not answered yet. */
    public Optional<Assessment> load(String visitId) {
        Optional<String> qid = db.read(c -> AnswerRepository.questionnaireOf(c, visitId));
        if (qid.isEmpty()) {
            return Optional.empty();
        }
        QuestionnaireDefinition d = questionnaires.require(qid.get());
        // answers and checks come from one snapshot; the comparison reads the sample and the city after that read
        // has ended (each repository opens its own read, and a read inside a read can wait forever for a connection)
        Assessment scored = db.read(c -> {
            Map<String, CityAnswer> answers = AnswerRepository.answers(c, visitId, d);
            Map<String, Verification> checks = VerificationRepository.forVisit(c, visitId, d);
            IndexScore score = IndexScorer.score(d, answers, checks);
            return new Assessment(visitId, d, answers, checks, score, null);
        });
        return Optional.of(new Assessment(visitId, d, scored.answers(), scored.checks(), scored.score(),
                compare(visitId, scored.score())));
    }

    public Assessment require(String visitId) {
        if (visits.find(visitId).isEmpty()) {
            throw new IllegalArgumentException("no visit with id " + visitId + " (see 'fieldbook visits')");
        }
        return load(visitId).orElseThrow(() -> new IllegalArgumentException("visit " + visitId
                + " has no INDEX answers yet (see 'fieldbook index import-answers')"));
    }

    /** The comparison with the current sample statistics, or null when none are loaded. */
    public SampleComparison compare(String visitId, IndexScore score) {
        var stats = samples.current();
        if (stats.isEmpty()) {
            return null;
        }
        City city = visits.find(visitId).flatMap(v -> cities.find(v.cityId())).orElse(null);
        return SampleComparison.of(stats.get(), city == null ? null : city.population(),
                city == null ? null : city.foreignBornPct(), score.overallVerified());
    }

    /** A readable reference to a linked piece of evidence: "note: first words… [id8]" or "attachment: file.pdf". */
    public String describe(EvidenceLink link) {
        String shortId = link.targetId().length() > 8 ? link.targetId().substring(0, 8) : link.targetId();
        if (EvidenceLink.NOTE.equals(link.targetType())) {
            return notes.find(link.targetId()).map(n -> "note: " + abbreviate(n.text()) + " [" + shortId + "]")
                    .orElse("note [" + shortId + "] (not found)");
        }
        Optional<String> name = db.read(c -> org.fieldbook.store.Sql.one(c, "SELECT file_name FROM attachment WHERE id=?",
                rs -> rs.getString(1), link.targetId()));
        return name.map(n -> "attachment: " + n + " [" + shortId + "]").orElse("attachment [" + shortId + "] (not found)");
    }

    public void export(String visitId, Path out, String language) {
        Assessment a = require(visitId);
        new VerificationExportWriter(new VerificationExportWriter.Input(a.definition(), a.answers(), a.checks(), a.score(),
                a.comparison(), this::describe), language).write(out);
    }

    private static String abbreviate(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() > 60 ? t.substring(0, 59) + "…" : t;
    }
}
