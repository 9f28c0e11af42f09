package org.fieldbook.store;

import java.util.Locale;

/** The three kinds of people who use Fieldbook. */
public enum Role {
    EXPERT, REPRESENTATIVE, OFFICE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String text) {
        for (Role r : values()) {
            if (r.id().equalsIgnoreCase(text.trim())) {
                return r;
            }
        }
        throw new IllegalArgumentException("Unknown role '" + text + "': use expert, representative or office");
    }
}
