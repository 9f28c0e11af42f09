package org.fieldbook.profile;

import java.util.Locale;

/** The profile's enums by their ids, the constant's name in lower case ("ready_for_review"), read in any case. */
final class EnumIds {
    private EnumIds() {
    }

    static String id(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** The constant of {@code type} whose id is {@code id} (spaces around it ignored); else the {@code unknown} message. */
    static <E extends Enum<E>> E of(Class<E> type, String id, String unknown) {
        try {
            return Enum.valueOf(type, id.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(unknown);
        }
    }
}
