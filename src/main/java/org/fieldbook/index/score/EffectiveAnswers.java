package org.fieldbook.index.score;

import java.util.HashMap;
import java.util.Map;
import org.fieldbook.index.answer.AnswerValue;
import org.fieldbook.index.answer.CityAnswer;
import org.fieldbook.index.verify.Verification;
import org.fieldbook.index.verify.VerificationStatus;

/**
 * The answers each side is scored on. Self-assessed: the city's answers. Verified: the verified value where
 * the expert corrected the answer and entered a valid corrected value, otherwise the city's answer (a correction
 * without its value is incomplete and changes nothing yet). An answer the expert could not verify keeps
 * the city's value in the verified score (a two-day visit that finds no evidence has not shown the answer
 * wrong), and its points are reported as {@link SideScore#unverifiedPoints()} so readers see how much of
 * the verified rate rests on unverified claims.
 */
public final class EffectiveAnswers {
    private EffectiveAnswers() {
    }

    public static Map<String, AnswerValue> self(Map<String, CityAnswer> city) {
        Map<String, AnswerValue> out = new HashMap<>();
        city.forEach((q, a) -> {
            if (a.value() != null) {
                out.put(q, a.value());
            }
        });
        return out;
    }

    public static Map<String, AnswerValue> verified(Map<String, CityAnswer> city, Map<String, Verification> checks) {
        Map<String, AnswerValue> out = self(city);
        checks.forEach((q, v) -> {
            // A correction counts once its corrected value exists; until then (status set, value not yet typed or
            // not valid) the verified side keeps the city's answer rather than scoring the question as 0.
            if (v.status() == VerificationStatus.CORRECTED && v.verifiedValue() != null) {
                out.put(q, v.verifiedValue());
            }
        });
        return out;
    }
}
