package org.fieldbook.visit;

import java.util.Locale;

/** How a meeting on the visit programme took place. */
public enum MeetingFormat {
    MEETING, GROUP_SESSION, SITE_VISIT, PUBLIC_EVENT, PRESS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MeetingFormat of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
