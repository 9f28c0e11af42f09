package org.fieldbook.index;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.fieldbook.index.answer.AnswerRepository;
import org.fieldbook.index.answer.CityAnswer;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.definition.QuestionnaireRepository;
import org.fieldbook.index.results.CityComparison;
import org.fieldbook.index.results.GroupStats;
import org.fieldbook.index.results.IndexResultService;
import org.fieldbook.index.results.Summary;
import org.fieldbook.index.sample.SampleGroup;
import org.fieldbook.index.sample.Stat;
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
    private final IndexResultService results;
    private final AnswerRepository answerRecords;
    private final VerificationRepository verifications;

    public AssessmentService(Database db, QuestionnaireRepository questionnaires, AnswerRepository answerRecords,
                             SampleRepository samples, VisitRepository visits, CityRepository cities, NoteRepository notes,
                             IndexResultService results, VerificationRepository verifications) {
        this.db = db;
        this.answerRecords = answerRecords;
        this.questionnaires = questionnaires;
        this.samples = samples;
        this.visits = visits;
        this.cities = cities;
        this.notes = notes;
        this.results = results;
        this.verifications = verifications;
    }

    /** The visit's assessment, empty when the city has not answered yet. */
    public Optional<Assessment> load(String visitId) {
        // read as shown: on the office's shared database a later load of answers starts from these versions
        Optional<String> qid = db.read(c -> answerRecords.questionnaireShown(c, visitId));
        if (qid.isEmpty()) {
            return Optional.empty();
        }
        QuestionnaireDefinition d = questionnaires.require(qid.get());
        // answers and checks come from one snapshot; the comparison reads the sample and the city after that read
        // has ended (each repository opens its own read, and a read inside a read can wait forever for a connection)
        Assessment scored = db.read(c -> {
            Map<String, CityAnswer> answers = answerRecords.answersShown(c, visitId, d);
            Map<String, Verification> checks = VerificationRepository.forVisit(c, visitId, d);
            IndexScore score = IndexScorer.score(d, answers, checks);
            return new Assessment(visitId, d, answers, checks, score, null);
        });
        // the verification screen edits what it shows: on a shared office database its saves start from these versions
        verifications.seen(visitId, d.id(), scored.checks());
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

    /**
     * The comparison of the visit's scores with the sample, or null when there is none. When the office holds results
     * of other cities of the same edition, the sample is computed from them (each city's latest result once, this
     * visit standing for its city) and the groups are the office's; otherwise the loaded sample statistics are used.
     * Either way the rank is that of the verified index.
     */
    public SampleComparison compare(String visitId, IndexScore score) {
        Optional<CityComparison> fromResults = compareWithResults(visitId, score);
        if (fromResults.isPresent()) {
            return toSampleComparison(fromResults.get());
        }
        var stats = samples.current();
        if (stats.isEmpty()) {
            return null;
        }
        City city = visits.find(visitId).flatMap(v -> cities.find(v.cityId())).orElse(null);
        return SampleComparison.of(stats.get(), city == null ? null : city.population(),
                city == null ? null : city.foreignBornPct(), score.overallVerified());
    }

    /** The comparison with the results held (groups, statistics and ranks), empty when no other city's result is held. */
    public Optional<CityComparison> compareWithResults(String visitId, IndexScore score) {
        if (visits.find(visitId).isEmpty()) {
            return Optional.empty();
        }
        return results.compareVisit(visitId, score);
    }

    /**
     * The visit's comparison for display: with the results held when there are others of its edition, else with the
     * loaded statistics; empty when there is neither.
     */
    public Optional<org.fieldbook.index.results.VisitComparison> comparison(String visitId) {
        return comparison(require(visitId));
    }

    private Optional<org.fieldbook.index.results.VisitComparison> comparison(Assessment a) {
        String visitId = a.visitId();
        org.fieldbook.index.results.IndexResult r = results.fromScore(visitId, a.score());
        Optional<CityComparison> fromResults = results.compare(r);
        if (fromResults.isPresent()) {
            return fromResults.map(cc -> org.fieldbook.index.results.VisitComparison.of(visitId, cc));
        }
        return samples.current().map(st -> org.fieldbook.index.results.VisitComparison.ofLoaded(visitId, r, st.id(),
                a.comparison()));
    }

    /**
     * What the INDEX analysis report needs about a visit; refused when there is no sample to compare with.
     * Leaders: per area, the three other cities of the sample with the highest verified rate above the city's own.
     */
    public org.fieldbook.index.results.IndexReportData reportData(String visitId) {
        return reportData(visitId, "en");
    }

    /**
     * As above, for a report in {@code language}: the good-practice pointers' texts name nobody who did not agree to be
     * named (their names, typed anywhere in a note, become "[name withheld]").
     */
    public org.fieldbook.index.results.IndexReportData reportData(String visitId, String language) {
        java.util.function.UnaryOperator<String> withheld = org.fieldbook.person.Consent.withheld(db, language);
        Assessment a = require(visitId);
        org.fieldbook.index.results.VisitComparison vc = comparison(a).orElseThrow(() -> new IllegalArgumentException(
                "no sample to compare with: import results ('fieldbook index results import FILE') or load sample statistics"));
        var visit = visits.find(visitId).orElseThrow();
        City city = cities.find(visit.cityId()).orElseThrow();
        Map<String, java.util.List<org.fieldbook.index.results.IndexResult>> leaders = new java.util.LinkedHashMap<>();
        int size = vc.whole().overall().count();
        String dataDate = vc.result().date();
        if (org.fieldbook.index.results.VisitComparison.FROM_RESULTS.equals(vc.source())) {
            var others = org.fieldbook.index.results.EditionSample.latestPerCity(results.ofEdition(a.definition().id()));
            others.remove(city.id());
            for (var area : a.definition().areas()) {
                Double own = vc.result().rate(area.id(), true);
                leaders.put(area.id(), others.values().stream().filter(r -> r.rate(area.id(), true) != null
                                && (own == null || r.rate(area.id(), true) > own))
                        .sorted(java.util.Comparator.comparing((org.fieldbook.index.results.IndexResult r) -> -r.rate(area.id(), true))
                                .thenComparing(org.fieldbook.index.results.IndexResult::cityName))
                        .limit(3).toList());
            }
            for (var r : others.values()) {
                dataDate = r.date().compareTo(dataDate) > 0 ? r.date() : dataDate;
            }
        }
        Optional<org.fieldbook.index.results.CityProgress> progress = Optional.empty();
        var held = new java.util.ArrayList<>(results.ofCity(city.id()));
        held.removeIf(r -> visitId.equals(r.visitId()));
        if (!held.isEmpty()) {
            held.add(vc.result());
            progress = Optional.of(org.fieldbook.index.results.CityProgress.of(held, results.mapping(),
                    id -> questionnaires.find(id).orElse(null)));
        }
        Map<String, java.util.List<org.fieldbook.index.results.IndexReportData.Practice>> practices = new java.util.LinkedHashMap<>();
        leaders.forEach((area, top) -> {
            var found = new java.util.ArrayList<org.fieldbook.index.results.IndexReportData.Practice>();
            for (var leader : top) {
                if (leader.visitId() != null) {
                    for (var n : notes.forVisit(leader.visitId())) {
                        if (n.kind() == org.fieldbook.note.NoteKind.GOOD_PRACTICE && n.areas().contains(area) && !n.text().isBlank()) {
                            Optional<String> speaker = consentedSpeaker(n);
                            boolean hasSpeaker = n.speakerId() != null || !n.speakerName().isBlank();
                            if (!hasSpeaker || speaker.isPresent()) {
                                found.add(new org.fieldbook.index.results.IndexReportData.Practice(leader.cityName(),
                                        withheld.apply(n.text().strip()),
                                        speaker.orElse(null)));
                            }
                        }
                    }
                }
            }
            if (!found.isEmpty()) {
                practices.put(area, java.util.List.copyOf(found));
            }
        });
        return new org.fieldbook.index.results.IndexReportData(city, visit, a.definition(), vc, progress, leaders, size, dataDate,
                practices);
    }

    /** The speaker of a note when a person from the directory agreed to be named; a typed name has no recorded consent. */
    private Optional<String> consentedSpeaker(org.fieldbook.note.Note n) {
        if (n.speakerId() == null) {
            return Optional.empty();
        }
        return db.read(c -> org.fieldbook.store.Sql.one(c, "SELECT person FROM stakeholder WHERE id=? AND named_consent=1 AND deleted=0",
                rs -> rs.getString(1), n.speakerId())).filter(p -> !p.isBlank());
    }

    /** The computed comparison in the shape the screen, the workbook and the annex read (mean, max, count per group). */
    static SampleComparison toSampleComparison(CityComparison cc) {
        java.util.List<SampleGroup> groups = new java.util.ArrayList<>();
        for (CityComparison.GroupComparison g : cc.groups()) {
            GroupStats st = g.stats();
            Map<String, Stat> areas = new java.util.LinkedHashMap<>();
            st.areas().forEach((a, sum) -> {
                if (sum.count() > 0) {
                    areas.put(a, stat(sum));
                }
            });
            String dimension = switch (st.dimension()) {
                case GroupStats.ALL -> SampleGroup.ALL;
                case "population" -> SampleGroup.POPULATION;
                case "foreign_born" -> SampleGroup.DIVERSITY;
                default -> st.dimension();
            };
            groups.add(new SampleGroup(st.key(), dimension, Map.of("en", st.label("en"), "fr", st.label("fr")), null, null, null,
                    null, st.overall().count() == 0 ? null : stat(st.overall()), areas, null));
        }
        CityComparison.GroupComparison whole = cc.whole();
        return new SampleComparison(groups, whole.overall() == null ? null : whole.overall().rank(),
                whole.overall() == null ? null : whole.overall().outOf());
    }

    private static Stat stat(Summary s) {
        return new Stat(s.mean(), s.max(), s.count());
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
                a.comparison(), this::describe), language, org.fieldbook.person.Consent.withheld(db, language)).write(out);
    }

    private static String abbreviate(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() > 60 ? t.substring(0, 59) + "…" : t;
    }
}
