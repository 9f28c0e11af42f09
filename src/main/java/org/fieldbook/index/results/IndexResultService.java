package org.fieldbook.index.results;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fieldbook.index.definition.AreaDefinition;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.definition.QuestionnaireRepository;
import org.fieldbook.index.score.AreaScore;
import org.fieldbook.index.score.IndexScore;
import org.fieldbook.index.score.ScoreService;
import org.fieldbook.store.Database;
import org.fieldbook.store.MetaStore;
import org.fieldbook.store.Sql;
import org.fieldbook.store.Tracker;
import org.fieldbook.support.InputFiles;
import org.fieldbook.visit.City;
import org.fieldbook.visit.CityRepository;
import org.fieldbook.visit.Visit;
import org.fieldbook.visit.VisitRepository;

/**
 * The office's INDEX database: results per city and assessment, the sample computed from them, comparisons, ranks
 * and progress.
 *
 * <p>A visit's result is stored, not only computed: it must travel in bundles and count in other cities' samples
 * on the office's machine. {@link #refresh(String)} re-scores the visit and writes its result in one write
 * transaction; only fields whose value changed get a new stamp, so refreshing an unchanged visit writes nothing that
 * sync could mistake for an edit. It runs where scores change (answers imported, a verification saved in the window,
 * the demo) and, as a safety net for changes that arrive by other roads (a merged bundle), {@link #refreshVisits()}
 * runs before any list, comparison or export reads the results. The visit being compared is always set against the
 * sample with the score computed at that moment, so a comparison is never stale.
 */
public final class IndexResultService {
    static final String GROUPS_KEY = "index.sample_groups";
    static final String MAPPING_KEY = "index.area_mapping";

    private final Database db;
    private final Tracker tracker;
    private final QuestionnaireRepository questionnaires;
    private final ScoreService scores;
    private final VisitRepository visits;
    private final CityRepository cities;
    private final MetaStore meta;

    public IndexResultService(Database db, Tracker tracker, QuestionnaireRepository questionnaires, ScoreService scores,
                              VisitRepository visits, CityRepository cities) {
        this.db = db;
        this.tracker = tracker;
        this.questionnaires = questionnaires;
        this.scores = scores;
        this.visits = visits;
        this.cities = cities;
        this.meta = new MetaStore(db);
    }

    /** The result a visit's score makes (not stored): rates of the areas that count, city facts as they are now. */
    public IndexResult fromScore(String visitId, IndexScore score) {
        Visit v = visits.find(visitId).orElseThrow(() -> new IllegalArgumentException("no visit with id " + visitId));
        City city = cities.find(v.cityId()).orElseThrow(() -> new IllegalArgumentException("visit " + visitId + " has no city"));
        QuestionnaireDefinition d = questionnaires.require(score.questionnaireId());
        Map<String, Double> self = new LinkedHashMap<>();
        Map<String, Double> verified = new LinkedHashMap<>();
        for (AreaScore a : score.areas()) {
            if (a.self().counted()) {
                self.put(a.areaId(), a.self().rate());
            }
            if (a.verified().counted()) {
                verified.put(a.areaId(), a.verified().rate());
            }
        }
        return new IndexResult(ResultIds.ofVisit(visitId), city.id(), city.name(), city.country(), city.population(),
                city.foreignBornPct(), score.questionnaireId(), v.start().toString(), visitId, IndexResult.FROM_VISIT, self,
                verified, score.overallSelf(), score.overallVerified(), Rates.lens(d, self), Rates.lens(d, verified));
    }

    /**
     * Re-scores the visit and stores its result in one write transaction (deletes it when the visit has no answers
     * or is in the trash); returns the result, empty when there is none. A result whose visit this workspace does not
     * hold (it came from the office in a bundle) is left as it is.
     */
    public Optional<IndexResult> refresh(String visitId) {
        return db.write(c -> refresh(c, visitId));
    }

    private Optional<IndexResult> refresh(Connection c, String visitId) throws SQLException {
        if (Sql.count(c, "SELECT count(*) FROM visit WHERE id=?", visitId) == 0) {
            // Another workspace's visit (its result came in a bundle without it): that result is not ours to change.
            return IndexResultRepository.find(c, ResultIds.ofVisit(visitId));
        }
        boolean live = Sql.count(c, "SELECT count(*) FROM visit WHERE id=? AND deleted=0", visitId) > 0
                && Sql.count(c, "SELECT count(*) FROM index_assessment WHERE visit_id=? AND deleted=0", visitId) > 0;
        String id = ResultIds.ofVisit(visitId);
        if (!live) {
            if (Sql.count(c, "SELECT count(*) FROM index_result WHERE id=? AND deleted=0", id) > 0) {
                tracker.overwrite(c, "index_result", id, java.util.Map.of("deleted", 1)); // computed: no colleague's edit to keep
            }
            return Optional.empty();
        }
        IndexResult r = fromScore(visitId, scores.score(visitId));
        IndexResultRepository.upsert(c, tracker, r);
        return Optional.of(r);
    }

    /** Refreshes every visit's result in one write transaction; returns how many results changed. */
    public int refreshVisits() {
        return db.write(c -> {
            Set<String> ids = new LinkedHashSet<>(Sql.list(c, "SELECT visit_id FROM index_assessment WHERE deleted=0", rs -> rs.getString(1)));
            ids.addAll(Sql.list(c, "SELECT visit_id FROM index_result WHERE visit_id IS NOT NULL AND deleted=0", rs -> rs.getString(1)));
            int changed = 0;
            for (String visitId : ids) {
                String before = Sql.one(c, "SELECT updated_hlc || deleted FROM index_result WHERE id=?", rs -> rs.getString(1),
                        ResultIds.ofVisit(visitId)).orElse("");
                refresh(c, visitId);
                String after = Sql.one(c, "SELECT updated_hlc || deleted FROM index_result WHERE id=?", rs -> rs.getString(1),
                        ResultIds.ofVisit(visitId)).orElse("");
                changed += before.equals(after) ? 0 : 1;
            }
            return changed;
        });
    }

    public List<IndexResult> list() {
        return db.read(IndexResultRepository::all);
    }

    public List<IndexResult> ofEdition(String questionnaireId) {
        return db.read(c -> IndexResultRepository.ofEdition(c, questionnaireId));
    }

    public List<IndexResult> ofCity(String cityId) {
        return db.read(c -> IndexResultRepository.ofCity(c, cityId));
    }

    /** The editions results are held for, in the order the workspace loaded them (unknown ones last). */
    public List<String> editions() {
        List<String> held = db.read(c -> Sql.list(c, "SELECT DISTINCT questionnaire_id FROM index_result WHERE deleted=0",
                rs -> rs.getString(1)));
        List<String> out = new ArrayList<>(questionnaires.ids().stream().filter(held::contains).toList());
        held.stream().filter(q -> !out.contains(q)).sorted().forEach(out::add);
        return out;
    }

    /** What an import did. */
    public record ImportSummary(int results, int newCities, int editions) {
    }

    /** Imports past results from CSV or XLSX; a file with any problem imports nothing ({@link ResultImportException}). */
    public ImportSummary importFile(Path file) {
        byte[] bytes = InputFiles.readAll(file);
        String name = file.getFileName().toString();
        ResultTable table;
        try {
            table = ResultTable.read(bytes, name);
        } catch (IllegalArgumentException e) {
            throw new ResultImportException(name, List.of(new ResultProblem(null, null, e.getMessage())));
        }
        return importTable(table, name);
    }

    ImportSummary importTable(ResultTable table, String name) {
        Set<String> areaIds = new LinkedHashSet<>();
        Map<String, QuestionnaireDefinition> defs = new LinkedHashMap<>();
        for (String id : questionnaires.ids()) {
            QuestionnaireDefinition d = questionnaires.require(id);
            defs.put(id, d);
            d.areas().stream().map(AreaDefinition::id).forEach(areaIds::add);
        }
        return db.write(c -> {
            List<City> held = cities.list();
            ResultImport.Workspace ws = new ResultImport.Workspace() {
                @Override
                public QuestionnaireDefinition definition(String id) {
                    return defs.get(id);
                }

                @Override
                public Set<String> allAreaIds() {
                    return areaIds;
                }

                @Override
                public Optional<City> city(String id) {
                    return cities.find(id);
                }

                @Override
                public Optional<City> cityNamed(String cityName, String country) {
                    return held.stream().filter(x -> x.name().equalsIgnoreCase(cityName.trim())
                            && x.country().equalsIgnoreCase(country.trim())).findFirst();
                }

                @Override
                public Optional<String> visitResult(String cityId, String questionnaireId, String date) {
                    try {
                        return Sql.one(c, "SELECT visit_id FROM index_result WHERE deleted=0 AND visit_id IS NOT NULL"
                                + " AND city_id=? AND questionnaire_id=? AND result_date=?", rs -> rs.getString(1), cityId,
                                questionnaireId, date);
                    } catch (SQLException e) {
                        throw new org.fieldbook.store.StoreException("Cannot read the INDEX results", e);
                    }
                }
            };
            List<ResultProblem> problems = new ArrayList<>();
            List<ResultImport.Parsed> rows = ResultImport.check(table, "import:" + name, ws, problems);
            if (!problems.isEmpty()) {
                throw new ResultImportException(name, problems);
            }
            int newCities = 0;
            Set<String> editions = new LinkedHashSet<>();
            for (ResultImport.Parsed p : rows) {
                if (p.newCity() != null && Sql.count(c, "SELECT count(*) FROM city WHERE id=?", p.newCity().id()) == 0) {
                    Map<String, Object> f = new LinkedHashMap<>();
                    f.put("name", p.newCity().name());
                    f.put("country", p.newCity().country());
                    f.put("population", p.newCity().population());
                    f.put("foreign_born_pct", p.newCity().foreignBornPct());
                    tracker.insert(c, "city", p.newCity().id(), f);
                    newCities++;
                }
                IndexResultRepository.upsert(c, tracker, p.result());
                editions.add(p.result().questionnaireId());
            }
            return new ImportSummary(rows.size(), newCities, editions.size());
        });
    }

    /** Writes every result (CSV, or XLSX by the file's extension) in the columns the import reads. */
    public int export(Path out) {
        refreshVisits();
        List<IndexResult> all = list();
        ResultExport.write(all, this::definitionOrNull, out);
        return all.size();
    }

    QuestionnaireDefinition definitionOrNull(String id) {
        return questionnaires.find(id).orElse(null);
    }

    // ---- the office's data: groups and area mapping ----

    /**
     * The office's groups of similar cities: the synced records (saved here or received in a bundle), else a set
     * saved by an earlier version of this workspace (kept in its settings, not synced), else Fieldbook's defaults.
     */
    public SampleGroups groups() {
        Optional<SampleGroups> synced = db.read(c -> OfficeDataRepository.groups(c, tracker));
        if (synced.isPresent()) {
            return synced.get();
        }
        SampleGroups local = meta.get(GROUPS_KEY).map(j -> SampleGroups.parse(j.getBytes(StandardCharsets.UTF_8), "stored sample groups"))
                .orElseGet(SampleGroups::defaults);
        OfficeDataRepository.shown(tracker, local); // what this program shows: a later load starts from it
        return local;
    }

    /** Replaces the groups in one write transaction; they travel in every bundle from now on. */
    public void saveGroups(SampleGroups groups) {
        db.write(c -> {
            OfficeDataRepository.saveGroups(c, tracker, groups);
            return null;
        });
    }

    /** The office's area mapping between editions (synced records, else an earlier local copy, else the default). */
    public AreaMapping mapping() {
        Optional<AreaMapping> synced = db.read(c -> OfficeDataRepository.mapping(c, tracker));
        if (synced.isPresent()) {
            return synced.get();
        }
        AreaMapping local = meta.get(MAPPING_KEY).map(j -> AreaMapping.parse(j.getBytes(StandardCharsets.UTF_8), "stored area mapping"))
                .orElseGet(AreaMapping::defaults);
        OfficeDataRepository.shown(tracker, local); // what this program shows: a later load starts from it
        return local;
    }

    /** Replaces the area mapping in one write transaction; it travels in every bundle from now on. */
    public void saveMapping(AreaMapping mapping) {
        db.write(c -> {
            OfficeDataRepository.saveMapping(c, tracker, mapping);
            return null;
        });
    }

    // ---- sample, comparison, progress ----

    /** The sample of an edition computed from the results held (each city's latest result once). */
    public EditionSample sample(String questionnaireId) {
        return EditionSample.compute(questionnaireId, ofEdition(questionnaireId), groups());
    }

    /**
     * The result set against its edition's sample, when the office holds a result of at least one other city of that
     * edition; empty otherwise (then the loaded statistics, if any, are the comparison).
     */
    public Optional<CityComparison> compare(IndexResult r) {
        List<IndexResult> edition = ofEdition(r.questionnaireId());
        if (edition.stream().noneMatch(x -> !x.cityId().equals(r.cityId()))) {
            return Optional.empty();
        }
        return Optional.of(CityComparison.of(r, edition, groups()));
    }

    /** The comparison of a visit's current scores (see {@link #compare(IndexResult)}). */
    public Optional<CityComparison> compareVisit(String visitId, IndexScore score) {
        return compare(fromScore(visitId, score));
    }

    /**
     * Every city of an edition's sample set against it: the statistics are computed once and every city's latest
     * result is ranked in each of its groups. By city id.
     */
    public Map<String, CityComparison> compareAll(String questionnaireId) {
        EditionSample sample = sample(questionnaireId);
        Map<String, CityComparison> out = new LinkedHashMap<>();
        sample.latestByCity().forEach((city, r) -> out.put(city, CityComparison.within(sample, r)));
        return out;
    }

    /** A city's successive results; refused when it has none. */
    public CityProgress progress(String cityId) {
        List<IndexResult> rs = ofCity(cityId);
        if (rs.isEmpty()) {
            throw new IllegalArgumentException("no INDEX results for city " + cityId + " (see 'fieldbook index results list')");
        }
        return CityProgress.of(rs, mapping(), this::definitionOrNull);
    }
}
