package org.fieldbook.index.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fieldbook.index.TestDefinitions;
import org.fieldbook.index.answer.AnswerValue;
import org.fieldbook.index.answer.CityAnswer;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.verify.Verification;
import org.fieldbook.index.verify.VerificationStatus;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed cases on the tiny questionnaire: area a (weight 2) = a1 yes/no (2), a2 graded (3),
 * a3 optional percentage (2), a4 fact number (0); area b (weight 1) = b1 multiple choice capped at 2,
 * b2 free text (1); optional area o (weight 1) = o1 yes/no (2), o2 yes/under consideration/no (2).
 */
class IndexScorerTest {
    private static final double EPS = 1e-9;
    private final QuestionnaireDefinition d = TestDefinitions.tiny();
    private final Map<String, CityAnswer> city = new HashMap<>();
    private final Map<String, Verification> checks = new HashMap<>();

    private void answer(String q, AnswerValue v) {
        city.put(q, new CityAnswer(q, v, ""));
    }

    private void baseAnswers() {
        answer("a1", AnswerValue.choice("yes"));          // 2 of 2
        answer("a2", AnswerValue.choice("partly"));       // 2 of 3
        answer("a4", AnswerValue.number(12));             // fact: counts nowhere
        answer("b1", AnswerValue.choices(List.of("x", "y", "z"))); // 3, capped at 2 of 2
        // a3 optional, unanswered: neither; b2 required, unanswered: 0 of 1; area o untouched
    }

    @Test
    void requiredUnansweredScoresZeroOptionalUnansweredCountsInNeither() {
        baseAnswers();
        IndexScore s = IndexScorer.score(d, city, checks);
        AreaScore a = s.area("a").orElseThrow();
        assertEquals(4, a.self().points(), EPS);
        assertEquals(5, a.self().max(), EPS);
        assertEquals(80.0, a.self().rate(), EPS);
        AreaScore b = s.area("b").orElseThrow();
        assertEquals(2, b.self().points(), EPS);
        assertEquals(3, b.self().max(), EPS);
        assertEquals(200.0 / 3, b.self().rate(), EPS);
        AreaScore o = s.area("o").orElseThrow();
        assertFalse(o.counted(), "an optional area with nothing answered does not count");
        // (2 × 80 + 1 × 66.67) / 3
        assertEquals((2 * 80.0 + 200.0 / 3) / 3, s.overallSelf(), EPS);
        assertEquals(s.overallSelf(), s.overallVerified(), EPS, "nothing verified: both sides agree");
    }

    @Test
    void optionalQuestionAnsweredCounts() {
        baseAnswers();
        answer("a3", AnswerValue.number(35)); // band 30–100: 2 of 2
        AreaScore a = IndexScorer.score(d, city, checks).area("a").orElseThrow();
        assertEquals(6, a.self().points(), EPS);
        assertEquals(7, a.self().max(), EPS);
        answer("a3", AnswerValue.number(10)); // first band holding 10 is 0–10: 0 of 2
        assertEquals(4.0 / 7 * 100, IndexScorer.score(d, city, checks).area("a").orElseThrow().self().rate(), EPS);
    }

    @Test
    void optionalAreaCountsOnceOneQuestionIsAnswered() {
        baseAnswers();
        answer("o1", AnswerValue.choice("no")); // 0 of 2; o2 required in the area, unanswered: 0 of 2
        IndexScore s = IndexScorer.score(d, city, checks);
        AreaScore o = s.area("o").orElseThrow();
        assertTrue(o.counted());
        assertEquals(0.0, o.self().rate(), EPS);
        assertEquals(4, o.self().max(), EPS);
        assertEquals((2 * 80.0 + 200.0 / 3 + 0.0) / 4, s.overallSelf(), EPS);
    }

    @Test
    void correctionsChangeTheVerifiedSideOnly() {
        baseAnswers();
        checks.put("a1", new Verification("a1", VerificationStatus.CORRECTED, AnswerValue.choice("no"), "no statement found", List.of()));
        checks.put("a2", new Verification("a2", VerificationStatus.CONFIRMED, null, "", List.of()));
        checks.put("b1", new Verification("b1", VerificationStatus.COULD_NOT_VERIFY, null, "no documents", List.of()));
        IndexScore s = IndexScorer.score(d, city, checks);
        AreaScore a = s.area("a").orElseThrow();
        assertEquals(80.0, a.self().rate(), EPS);
        assertEquals(40.0, a.verified().rate(), EPS);
        assertEquals(-40.0, a.difference(), EPS);
        AreaScore b = s.area("b").orElseThrow();
        assertEquals(200.0 / 3, b.verified().rate(), EPS, "could not verify keeps the city's answer");
        assertEquals(2, b.verified().unverifiedPoints(), EPS);
        assertEquals(0, b.self().unverifiedPoints(), EPS);
        assertEquals((2 * 40.0 + 200.0 / 3) / 3, s.overallVerified(), EPS);
        assertEquals(s.overallVerified() - s.overallSelf(), s.overallDifference(), EPS);
    }

    @Test
    void aCorrectionWithoutItsValueChangesNothingYet() {
        baseAnswers();
        answer("o1", AnswerValue.choice("yes"));
        Verification incomplete = new Verification("o1", VerificationStatus.CORRECTED, null, "not in place", List.of());
        assertTrue(incomplete.incompleteCorrection());
        checks.put("o1", incomplete);
        IndexScore s = IndexScorer.score(d, city, checks);
        AreaScore o = s.area("o").orElseThrow();
        assertTrue(o.verified().counted(), "the city's answer keeps counting until a corrected value is entered");
        assertEquals(o.self().rate(), o.verified().rate(), EPS);
        assertEquals(s.overallSelf(), s.overallVerified(), EPS);
        checks.put("o1", incomplete.withVerifiedValue(AnswerValue.choice("no")));
        assertFalse(checks.get("o1").incompleteCorrection());
        assertEquals(0.0, IndexScorer.score(d, city, checks).area("o").orElseThrow().verified().rate(), EPS, "the corrected value counts");
    }

    @Test
    void nothingAnsweredScoresZeroInRequiredAreas() {
        IndexScore s = IndexScorer.score(d, city, checks);
        assertEquals(0.0, s.area("a").orElseThrow().self().rate(), EPS);
        assertEquals(5, s.area("a").orElseThrow().self().max(), EPS);
        assertEquals(0.0, s.overallSelf(), EPS);
        answer("b2", AnswerValue.text("  "));
        assertEquals(0.0, IndexScorer.score(d, city, checks).area("b").orElseThrow().self().points(), EPS, "a blank example earns nothing");
        answer("b2", AnswerValue.text("Welcome ceremony, 2024"));
        assertEquals(1.0, IndexScorer.score(d, city, checks).area("b").orElseThrow().self().points(), EPS);
    }

    @Test
    void anAreaWithOnlyFactQuestionsHasNoRate() {
        SideScore side = IndexScorer.side(d.area("a").orElseThrow(), List.of(d.question("a4").orElseThrow()),
                Map.of("a4", AnswerValue.number(3)), java.util.Set.of());
        assertNull(side.rate());
        assertFalse(side.counted());
    }
}
