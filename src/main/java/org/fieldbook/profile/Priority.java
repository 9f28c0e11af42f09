package org.fieldbook.profile;

/** How urgent a recommendation is. */
public enum Priority {
    HIGH, MEDIUM, LOW;

    public String id() {
        return EnumIds.id(this);
    }

    public static Priority of(String id) {
        return EnumIds.of(Priority.class, id, "Unknown priority '" + id + "' (high, medium, low)");
    }
}
