package org.fieldbook.profile;

/** Where a section stands in the writing workflow. */
public enum SectionStatus {
    TO_WRITE, DRAFT, READY_FOR_REVIEW, APPROVED;

    public String id() {
        return EnumIds.id(this);
    }

    public static SectionStatus of(String id) {
        return EnumIds.of(SectionStatus.class, id, "Unknown section status '" + id + "' (to_write, draft, ready_for_review, approved)");
    }
}
