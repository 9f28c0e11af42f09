package org.fieldbook.index;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Name-based ids for INDEX records: the same answer, verification or evidence link made on two laptops gets
 * the same id, so sync sees one record and merges it field by field.
 */
public final class IndexIds {
    private IndexIds() {
    }

    public static String assessment(String visitId) {
        return uuid("assessment|" + visitId);
    }

    public static String answer(String visitId, String questionnaireId, String questionId) {
        return uuid("answer|" + visitId + "|" + questionnaireId + "|" + questionId);
    }

    public static String verification(String visitId, String questionnaireId, String questionId) {
        return uuid("verification|" + visitId + "|" + questionnaireId + "|" + questionId);
    }

    public static String evidenceLink(String verificationId, String targetType, String targetId) {
        return uuid("evidence|" + verificationId + "|" + targetType + "|" + targetId);
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
