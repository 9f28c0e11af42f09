package org.fieldbook.index.results;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.visit.City;
import org.fieldbook.visit.Visit;

/**
 * Everything the INDEX analysis report shows: the city and visit, the questionnaire, the comparison with the sample
 * and its groups, the city's progress when an earlier result is held, and for each area the cities of the sample with
 * the highest verified rates (pointers to good practice; empty when the sample is loaded statistics).
 * {@code sampleSize} and {@code dataDate} (the latest result date in the sample) make the "comparison between N
 * cities, data as of DATE" line. {@code practices}: per area, the leaders' good-practice notes (where the office
 * holds their visits).
 */
public record IndexReportData(City city, Visit visit, QuestionnaireDefinition definition, VisitComparison comparison,
                              Optional<CityProgress> progress, Map<String, List<IndexResult>> leaders, int sampleSize,
                              String dataDate, Map<String, List<Practice>> practices) {
    /**
     * A good-practice note from a leading city's visit held by the office, tagged with the area. {@code speaker} is
     * set only when the person agreed to be named; notes whose speaker did not agree are left out.
     */
    public record Practice(String cityName, String text, String speaker) {
    }
}
