package org.fieldbook.visit;

import java.util.Locale;

/** Where a visit stands. */
public enum VisitStatus {
    PLANNED, UNDER_WAY, DONE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static VisitStatus of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
