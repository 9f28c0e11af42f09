package org.fieldbook.area;

/** One INDEX policy area, e.g. "education"; {@code group} is e.g. "intercultural_lens". */
public record IndexArea(String id, int order, String titleEn, String titleFr, String group, boolean optional) {
    public String title(java.util.Locale locale) {
        return "fr".equals(locale.getLanguage()) ? titleFr : titleEn;
    }
}
