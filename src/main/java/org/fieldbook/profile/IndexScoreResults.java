package org.fieldbook.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fieldbook.index.IndexServices;
import org.fieldbook.index.definition.AreaDefinition;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.sample.SampleComparison;
import org.fieldbook.index.sample.SampleGroup;
import org.fieldbook.index.sample.Stat;
import org.fieldbook.index.score.AreaScore;
import org.fieldbook.index.score.IndexScore;
import org.fieldbook.visit.CityRepository;
import org.fieldbook.visit.VisitRepository;

/**
 * The profile's view of a visit's INDEX results: the INDEX scores (self-assessed and verified) per area in
 * the questionnaire's order, with the mean of the sample groups that fit the city. A visit without answers
 * has no results, and the report says so.
 */
public final class IndexScoreResults implements IndexResultsSource {
    private final IndexServices index;
    private final VisitRepository visits;
    private final CityRepository cities;

    public IndexScoreResults(IndexServices index, VisitRepository visits, CityRepository cities) {
        this.index = index;
        this.visits = visits;
        this.cities = cities;
    }

    @Override
    public List<AreaResult> results(String visitId) {
        Optional<IndexScore> score = score(visitId);
        if (score.isEmpty()) {
            return List.of();
        }
        QuestionnaireDefinition d = index.questionnaires().require(score.get().questionnaireId());
        SampleComparison sample = comparison(visitId, score.get()).orElse(null);
        List<AreaResult> out = new ArrayList<>();
        for (AreaScore a : score.get().areas()) {
            AreaDefinition def = d.area(a.areaId()).orElse(null);
            String en = def == null ? a.areaId() : def.title("en");
            String fr = def == null ? a.areaId() : def.title("fr");
            Double mean = sample == null ? null : sample.mean(a.areaId()).map(Stat::mean).orElse(null);
            out.add(new AreaResult(a.areaId(), en, fr, a.self().rate(), a.verified().rate(), mean));
        }
        return out;
    }

    @Override
    public Optional<IndexSummary> summary(String visitId) {
        return score(visitId).map(s -> {
            SampleComparison sample = comparison(visitId, s).orElse(null);
            Double mean = sample == null ? null : sample.groups().stream()
                    .filter(g -> SampleGroup.ALL.equals(g.dimension()) && g.overall() != null)
                    .findFirst().map(g -> g.overall().mean()).orElse(null);
            return new IndexSummary(s.overallSelf(), s.overallVerified(), mean,
                    sample == null ? null : sample.rank(), sample == null ? null : sample.rankOutOf());
        });
    }

    private Optional<IndexScore> score(String visitId) {
        if (index.answers().questionnaireOf(visitId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(index.scores().score(visitId));
    }

    /** The same comparison as the screen, the command line and the workbook: the verified index is ranked. */
    private Optional<SampleComparison> comparison(String visitId, IndexScore score) {
        return Optional.ofNullable(index.assessments().compare(visitId, score));
    }
}
