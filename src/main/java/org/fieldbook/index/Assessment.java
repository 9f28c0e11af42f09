package org.fieldbook.index;

import java.util.Map;
import org.fieldbook.index.answer.CityAnswer;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.sample.SampleComparison;
import org.fieldbook.index.score.IndexScore;
import org.fieldbook.index.verify.Verification;

/**
 * Everything about one visit's INDEX at a moment: the questionnaire, the city's answers, the verifications,
 * the scores and the comparison with the sample ({@code comparison} null when no sample statistics are loaded).
 */
public record Assessment(String visitId, QuestionnaireDefinition definition, Map<String, CityAnswer> answers,
                         Map<String, Verification> checks, IndexScore score, SampleComparison comparison) {
}
