package org.fieldbook.support;

import java.util.Locale;
import java.util.Optional;

/** Light or dark look. */
public enum Theme {
    LIGHT,
    DARK;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Theme> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (Theme t : values()) {
            if (t.id().equalsIgnoreCase(id.trim())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
