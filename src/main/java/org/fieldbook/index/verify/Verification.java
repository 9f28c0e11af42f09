package org.fieldbook.index.verify;

import java.util.List;
import org.fieldbook.index.answer.AnswerValue;

/**
 * The expert's verification of one answer. {@code verifiedValue} matters only when {@code status} is
 * CORRECTED; a correction whose value is still null is incomplete ({@link #incompleteCorrection()}) and the city's
 * answer keeps counting until the value is entered. {@code revision} is the stored revision it was read at (0: not read
 * from the store, or not stored yet).
 */
public record Verification(String questionId, VerificationStatus status, AnswerValue verifiedValue, String rationale,
                           List<EvidenceLink> links, long revision) {
    /** A verification not read from the store (revision 0). */
    public Verification(String questionId, VerificationStatus status, AnswerValue verifiedValue, String rationale,
                        List<EvidenceLink> links) {
        this(questionId, status, verifiedValue, rationale, links, 0);
    }

    public Verification {
        status = status == null ? VerificationStatus.NOT_CHECKED : status;
        rationale = rationale == null ? "" : rationale;
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** True when the answer is marked corrected but no valid corrected value has been entered yet. */
    public boolean incompleteCorrection() {
        return status == VerificationStatus.CORRECTED && verifiedValue == null;
    }

    public static Verification notChecked(String questionId) {
        return new Verification(questionId, VerificationStatus.NOT_CHECKED, null, "", List.of());
    }

    public Verification withStatus(VerificationStatus s) {
        return new Verification(questionId, s, verifiedValue, rationale, links, revision);
    }

    public Verification withVerifiedValue(AnswerValue v) {
        return new Verification(questionId, status, v, rationale, links, revision);
    }

    public Verification withRationale(String r) {
        return new Verification(questionId, status, verifiedValue, r, links, revision);
    }

    public Verification withRevision(long newRevision) {
        return new Verification(questionId, status, verifiedValue, rationale, links, newRevision);
    }
}
