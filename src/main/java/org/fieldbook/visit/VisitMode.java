package org.fieldbook.visit;

import java.util.Locale;

/** Whether the team went to the city or met online. */
public enum VisitMode {
    IN_PERSON, ONLINE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static VisitMode of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
