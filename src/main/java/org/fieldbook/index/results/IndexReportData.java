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
 * cities, data as of DATE" line.
 */
public record IndexReportData(City city, Visit visit, QuestionnaireDefinition definition, VisitComparison comparison,
                              Optional<CityProgress> progress, Map<String, List<IndexResult>> leaders, int sampleSize,
                              String dataDate) {
}
