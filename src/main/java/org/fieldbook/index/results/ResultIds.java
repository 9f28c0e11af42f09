package org.fieldbook.index.results;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Name-based result ids: a visit's result has the same id on every laptop, so sync sees one record. */
public final class ResultIds {
    private ResultIds() {
    }

    public static String ofVisit(String visitId) {
        return UUID.nameUUIDFromBytes(("result|visit|" + visitId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
