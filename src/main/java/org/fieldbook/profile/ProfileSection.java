package org.fieldbook.profile;

import java.util.Locale;

/**
 * One section of a visit's profile. {@code body} is Markdown; {@code level} is the heading level (1–3);
 * {@code areaId} is set for findings on an INDEX area. {@code lastAuthor} is who changed it last. {@code revision} is
 * the stored revision it was read at (0: not read from the store).
 */
public record ProfileSection(String id, String visitId, String key, int order, int level, SectionKind kind,
                             String areaId, String titleEn, String titleFr, String body, SectionStatus status,
                             String owner, String lastAuthor, long revision) {
    /** A section not read from the store (revision 0). */
    public ProfileSection(String id, String visitId, String key, int order, int level, SectionKind kind, String areaId,
                          String titleEn, String titleFr, String body, SectionStatus status, String owner, String lastAuthor) {
        this(id, visitId, key, order, level, kind, areaId, titleEn, titleFr, body, status, owner, lastAuthor, 0);
    }

    public ProfileSection {
        body = body == null ? "" : body;
        owner = owner == null ? "" : owner;
        titleEn = titleEn == null ? "" : titleEn;
        titleFr = titleFr == null ? "" : titleFr;
        status = status == null ? SectionStatus.TO_WRITE : status;
        kind = kind == null ? SectionKind.TEXT : kind;
    }

    public String title(Locale locale) {
        return "fr".equals(locale.getLanguage()) && !titleFr.isBlank() ? titleFr : titleEn;
    }

    public ProfileSection withBody(String newBody) {
        return new ProfileSection(id, visitId, key, order, level, kind, areaId, titleEn, titleFr, newBody, status, owner, lastAuthor,
                revision);
    }

    public ProfileSection withRevision(long newRevision) {
        return new ProfileSection(id, visitId, key, order, level, kind, areaId, titleEn, titleFr, body, status, owner, lastAuthor,
                newRevision);
    }
}
