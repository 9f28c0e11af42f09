package org.fieldbook.profile;

import java.util.Locale;

/** How urgent a recommendation is. */
public enum Priority {
    HIGH, MEDIUM, LOW;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Priority of(String id) {
        try {
            return valueOf(id.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown priority '" + id + "' (high, medium, low)");
        }
    }
}
