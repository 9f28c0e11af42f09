package org.fieldbook.profile;

import java.util.Locale;

/**
 * One section of a visit's profile. {@code body} is Markdown; {@code level} is the heading level (1–3);
 * {@code areaId} is set for findings on an INDEX area. {@code lastAuthor} is who changed it last.
 */
public record ProfileSection(String id, String visitId, String key, int order, int level, SectionKind kind,
                             String areaId, String titleEn, String titleFr, String body, SectionStatus status,
                             String owner, String lastAuthor) {
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
        return new ProfileSection(id, visitId, key, order, level, kind, areaId, titleEn, titleFr, newBody, status, owner, lastAuthor);
    }
}
