package org.fieldbook.index.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.fieldbook.attachment.AttachmentRepository;
import org.fieldbook.index.Assessment;
import org.fieldbook.index.IndexServices;
import org.fieldbook.index.answer.AnswerText;
import org.fieldbook.index.answer.AnswerValue;
import org.fieldbook.index.answer.CityAnswer;
import org.fieldbook.index.definition.AreaDefinition;
import org.fieldbook.index.definition.QuestionDefinition;
import org.fieldbook.index.verify.EvidenceLink;
import org.fieldbook.index.verify.Verification;
import org.fieldbook.index.verify.VerificationStatus;
import org.fieldbook.search.SearchHit;
import org.fieldbook.search.SearchQuery;
import org.fieldbook.search.SearchService;

/**
 * State of the verification screen. Database work runs on the given background executor (one thread, so
 * saves keep their order); results come back on the FX thread. Status changes show at once (progress is
 * recomputed immediately); scores follow when the save is done.
 */
public final class VerificationViewModel {
    private final IndexServices index;
    private final SearchService search;
    private final AttachmentRepository attachments;
    private final String visitId;
    private final Executor background;
    private final String language;

    private final ObservableList<QuestionRow> rows = FXCollections.observableArrayList();
    private final FilteredList<QuestionRow> visible = new FilteredList<>(rows, r -> true);
    private final ObjectProperty<String> areaFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<VerificationStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<QuestionRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Assessment> assessment = new SimpleObjectProperty<>();
    private final ObservableList<AreaProgress> progress = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper checkedTotal = new ReadOnlyIntegerWrapper();
    private final ObservableList<EvidenceCandidate> candidates = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty noAnswers = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    /** F8 came before the questions had loaded. */
    private boolean nextWhenLoaded;
    private final List<AreaDefinition> areas = new ArrayList<>();
    /** Question id to the verification chosen on screen that the store has not confirmed yet (running or refused). */
    private final Map<String, Verification> unsaved = new LinkedHashMap<>();
    /** Question id to the verification being written now. */
    private final Map<String, Verification> writing = new HashMap<>();
    private String saveError = "";

    public VerificationViewModel(IndexServices index, SearchService search, AttachmentRepository attachments, String visitId,
                                 Executor background, String language) {
        this.index = index;
        this.search = search;
        this.attachments = attachments;
        this.visitId = visitId;
        this.background = background;
        this.language = language;
        areaFilter.addListener((o, a, b) -> refilter());
        statusFilter.addListener((o, a, b) -> refilter());
    }

    /** The state of one load: the assessment and readable texts for its evidence links. */
    private record Loaded(Assessment assessment, Map<String, String> linkTexts) {
    }

    public void load() {
        run(() -> index.assessments().load(visitId).map(a -> {
            Map<String, String> texts = new HashMap<>();
            a.checks().values().forEach(v -> v.links().forEach(l -> texts.put(l.id(), index.assessments().describe(l))));
            return new Loaded(a, texts);
        }), this::apply);
    }

    private void apply(Optional<Loaded> loaded) {
        if (loaded.isEmpty()) {
            noAnswers.set(true);
            return;
        }
        noAnswers.set(false);
        Assessment a = loaded.get().assessment();
        if (rows.isEmpty()) {
            build(a);
        }
        for (QuestionRow r : rows) {
            Verification v = a.checks().getOrDefault(r.id(), Verification.notChecked(r.id()));
            // what the person chose and the store has not confirmed stays on screen
            if (!unsaved.containsKey(r.id())) {
                r.statusProperty().set(v.status());
                r.verifiedValueProperty().set(v.verifiedValue());
                r.rationaleProperty().set(v.rationale());
                r.revision(v.revision());
            }
            List<QuestionRow.LinkItem> items = v.links().stream()
                    .map(l -> new QuestionRow.LinkItem(l.id(), loaded.get().linkTexts().getOrDefault(l.id(), l.targetId()))).toList();
            if (!items.equals(r.links())) {
                r.links().setAll(items);
            }
        }
        recount();
        assessment.set(a);
        if (nextWhenLoaded) {
            nextWhenLoaded = false;
            nextUnchecked();
        }
    }

    private void build(Assessment a) {
        areas.clear();
        areas.addAll(a.definition().areas());
        List<QuestionRow> built = new ArrayList<>();
        for (AreaDefinition area : a.definition().areas()) {
            int n = 1;
            List<QuestionDefinition> qs = a.definition().questionsOf(area.id());
            for (QuestionDefinition q : qs) {
                CityAnswer ca = a.answers().get(q.id());
                QuestionRow row = new QuestionRow(q, area.order() + "." + n++, area.title(language),
                        ca == null ? "" : AnswerText.format(q, ca.value(), language), ca == null ? "" : ca.evidence());
                row.statusProperty().addListener((o, x, y) -> recount());
                built.add(row);
            }
            progress.add(new AreaProgress(area.id(), area.title(language), qs.size()));
        }
        rows.setAll(built);
    }

    private void recount() {
        Map<String, Integer> checked = new LinkedHashMap<>();
        int total = 0;
        for (QuestionRow r : rows) {
            if (r.status().checked()) {
                checked.merge(r.areaId(), 1, Integer::sum);
                total++;
            }
        }
        for (AreaProgress p : progress) {
            p.checkedProperty().set(checked.getOrDefault(p.areaId(), 0));
        }
        checkedTotal.set(total);
        refilter();
    }

    private void refilter() {
        String area = areaFilter.get();
        VerificationStatus st = statusFilter.get();
        QuestionRow keep = selected.get();
        visible.setPredicate(r -> (area == null || r.areaId().equals(area)) && (st == null || r.status() == st || r == keep));
    }

    // ---- edits ----

    public void setStatus(QuestionRow row, VerificationStatus status) {
        row.statusProperty().set(status);
        save(row);
    }

    /** Sets the verified answer (null: corrected to "no answer"); the status becomes Corrected. */
    public void setVerifiedValue(QuestionRow row, AnswerValue value) {
        row.verifiedValueProperty().set(value);
        row.statusProperty().set(VerificationStatus.CORRECTED);
        save(row);
    }

    public void setRationale(QuestionRow row, String text) {
        String t = text == null ? "" : text;
        if (!t.equals(row.rationaleProperty().get())) {
            row.rationaleProperty().set(t);
            save(row);
        }
    }

    private void save(QuestionRow row) {
        unsaved.put(row.id(), new Verification(row.id(), row.status(), row.verifiedValueProperty().get(),
                row.rationaleProperty().get(), List.of(), row.revision()));
        saveUnsaved();
    }

    /**
     * Writes every verification not confirmed yet, so one the store refused is written again by the next save.
     * A choice leaves {@link #unsaved} only once its write has committed.
     */
    private void saveUnsaved() {
        String questionnaireId = assessment.get().definition().id();
        for (Verification v : List.copyOf(unsaved.values())) {
            if (v.equals(writing.get(v.questionId()))) {
                continue;
            }
            writing.put(v.questionId(), v);
            run(() -> {
                index.verifications().save(visitId, questionnaireId, v);
                index.results().refresh(visitId);
                return null;
            }, x -> {
                writing.remove(v.questionId(), v);
                unsaved.remove(v.questionId(), v);
                if (unsaved.isEmpty() && error.get().equals(saveError)) {
                    error.set("");
                }
                load();
            }, e -> {
                writing.remove(v.questionId(), v);
                saveError = org.fieldbook.support.Texts.of(org.fieldbook.support.Texts.INDEX, language).format("verify.notSaved", e.getMessage() == null ? e.toString() : e.getMessage());
                message.set("");
                error.set(saveError);
            });
        }
    }

    public void link(QuestionRow row, EvidenceCandidate c) {
        String questionnaireId = assessment.get().definition().id();
        run(() -> index.verifications().link(visitId, questionnaireId, row.id(), c.type(), c.id()), x -> load());
    }

    public void unlink(QuestionRow.LinkItem item) {
        run(() -> {
            index.verifications().unlink(item.linkId());
            return null;
        }, x -> load());
    }

    /** Imports the city's answers (workbook or JSON); a refused file leaves everything as it was and sets the error. */
    public void importAnswers(java.nio.file.Path file) {
        run(() -> {
            try {
                return index.importer().importFile(visitId, file);
            } catch (org.fieldbook.index.answer.AnswerImportException refused) {
                // said in the reader's language: where each problem is and what is wrong
                throw new IllegalArgumentException(ProblemTexts.describe(refused, file.getFileName().toString(),
                        org.fieldbook.support.Texts.of(org.fieldbook.support.Texts.INDEX, language)), refused);
            }
        }, r -> {
            error.set("");
            message.set(r.answered() + " / " + r.questions() + " — " + file.getFileName() + (r.conflicts() == 0 ? ""
                    : " — " + org.fieldbook.support.Texts.of(org.fieldbook.support.Texts.INDEX, language)
                            .format("verify.importConflicts", r.conflicts())));
            rows.clear();
            progress.clear();
            load();
        });
    }

    /** Loads a questionnaire definition (a new edition); an existing id with other content is refused. */
    public void loadQuestionnaire(java.nio.file.Path file) {
        run(() -> index.questionnaires().load(org.fieldbook.index.definition.DefinitionReader.read(file)), r -> {
            error.set("");
            message.set(r + " — " + file.getFileName());
        });
    }

    /** Writes the answers workbook of the visit's questionnaire (or the latest loaded one). */
    public void writeTemplate(java.nio.file.Path file) {
        written.set(null);
        run(() -> {
            var d = index.answers().questionnaireOf(visitId).map(index.questionnaires()::require)
                    .orElseGet(() -> index.questionnaires().latest().orElseThrow());
            new org.fieldbook.index.workbook.AnswerTemplateWriter(d, language).write(file);
            return file;
        }, f -> {
            error.set("");
            message.set("");
            written.set(f);
        });
    }

    /** The workbook written last (answers template or verification export); null until one is, and while the next is written. */
    private final javafx.beans.property.ObjectProperty<java.nio.file.Path> written = new javafx.beans.property.SimpleObjectProperty<>();

    public javafx.beans.property.ObjectProperty<java.nio.file.Path> writtenProperty() {
        return written;
    }

    /** Exports the verification table, area summary and chart. */
    public void export(java.nio.file.Path file) {
        written.set(null);
        run(() -> {
            index.assessments().export(visitId, file, language);
            return file;
        }, f -> {
            error.set("");
            message.set("");
            written.set(f);
        });
    }

    /** The evidence search typed last (null before any), run again when the store changes. */
    private volatile String evidenceQuery;

    /**
     * The store changed (a note written in the Notes tab, an import): the evidence search shown is run again, so a
     * note just taken can be linked at once.
     */
    public void storeChanged() {
        String q = evidenceQuery;
        if (q != null && !q.isBlank()) {
            searchEvidence(q);
        }
    }

    /** Finds the visit's notes (and their attachments) matching the text. */
    public void searchEvidence(String text) {
        evidenceQuery = text;
        run(() -> {
            List<EvidenceCandidate> out = new ArrayList<>();
            for (SearchHit h : evidenceHits(text)) {
                out.add(new EvidenceCandidate(EvidenceLink.NOTE, h.id(), h.title() + ": " + h.snippet("", "")));
                attachments.forNote(h.id()).forEach(at -> out.add(new EvidenceCandidate(EvidenceLink.ATTACHMENT, at.id(), at.fileName())));
            }
            return out;
        }, found -> {
            if (!found.equals(candidates)) {
                // unchanged results keep the person's selection in the list
                candidates.setAll(found);
            }
        });
    }

    /** Selects the next question not checked yet (after the current one, wrapping); returns false if none. */
    /**
     * Notes matching every word; when none does (a question's own words rarely all meet in one note), notes matching
     * any of them, those matching more words first.
     */
    private List<SearchHit> evidenceHits(String text) {
        List<SearchHit> all = search.search(new SearchQuery(text, visitId, null, null, 30)).stream()
                .filter(h -> h.type().equals("note")).toList();
        String[] words = text.trim().split("\\s+");
        if (!all.isEmpty() || words.length < 2) {
            return all;
        }
        Map<String, SearchHit> byId = new LinkedHashMap<>();
        Map<String, Integer> matched = new HashMap<>();
        for (String w : words) {
            for (SearchHit h : search.search(new SearchQuery(w, visitId, null, null, 30))) {
                if (h.type().equals("note")) {
                    byId.putIfAbsent(h.id(), h);
                    matched.merge(h.id(), 1, Integer::sum);
                }
            }
        }
        return byId.values().stream().sorted(java.util.Comparator.comparingInt((SearchHit h) -> -matched.get(h.id())))
                .limit(30).toList();
    }

    /**
     * Selects the next question not yet checked (after the selected one, in the visible rows first). Asked before the
     * questions have loaded (F8 right after opening the tab), it selects once they are there.
     */
    public boolean nextUnchecked() {
        if (rows.isEmpty() && !noAnswers.get()) {
            nextWhenLoaded = true;
            return false;
        }
        QuestionRow current = selected.get();
        Optional<QuestionRow> next = nextIn(visible, current);
        if (next.isEmpty()) {
            next = nextIn(rows, current);
            if (next.isPresent()) {
                areaFilter.set(null);
                statusFilter.set(null);
            }
        }
        next.ifPresent(selected::set);
        return next.isPresent();
    }

    private static Optional<QuestionRow> nextIn(List<QuestionRow> list, QuestionRow current) {
        int start = current == null ? -1 : list.indexOf(current);
        for (int i = 1; i <= list.size(); i++) {
            QuestionRow r = list.get(Math.floorMod(start + i, list.size()));
            if (!r.status().checked()) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private <T> void run(Supplier<T> work, Consumer<T> done) {
        run(work, done, e -> {
            message.set("");
            error.set(e.getMessage());
        });
    }

    private <T> void run(Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
        loading.set(true);
        try {
            background.execute(() -> {
                try {
                    T result = work.get();
                    Platform.runLater(() -> {
                        loading.set(false);
                        done.accept(result);
                    });
                } catch (RuntimeException e) {
                    Platform.runLater(() -> {
                        loading.set(false);
                        failed.accept(e);
                    });
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // the view was closed (its thread stopped): nothing is left to show this to
            loading.set(false);
        }
    }

    // ---- properties ----

    public ObservableList<QuestionRow> rows() {
        return rows;
    }

    public FilteredList<QuestionRow> visibleRows() {
        return visible;
    }

    public ObjectProperty<String> areaFilterProperty() {
        return areaFilter;
    }

    public ObjectProperty<VerificationStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<QuestionRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Assessment> assessmentProperty() {
        return assessment;
    }

    public ObservableList<AreaProgress> progress() {
        return progress;
    }

    public ReadOnlyIntegerProperty checkedTotalProperty() {
        return checkedTotal.getReadOnlyProperty();
    }

    public ObservableList<EvidenceCandidate> candidates() {
        return candidates;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public BooleanProperty noAnswersProperty() {
        return noAnswers;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** The outcome of the last file action (import, load, template, export). */
    public StringProperty messageProperty() {
        return message;
    }

    public List<AreaDefinition> areas() {
        return areas;
    }

    public String language() {
        return language;
    }
}
