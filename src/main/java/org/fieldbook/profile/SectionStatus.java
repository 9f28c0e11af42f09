package org.fieldbook.profile;

import java.util.Locale;

/** Where a section stands in the writing workflow. */
public enum SectionStatus {
    TO_WRITE, DRAFT, READY_FOR_REVIEW, APPROVED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SectionStatus of(String id) {
        try {
            return valueOf(id.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown section status '" + id + "' (to_write, draft, ready_for_review, approved)");
        }
    }
}
