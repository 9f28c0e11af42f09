package org.fieldbook.profile;

/**
 * What a section holds besides its own text: {@code AREA} sections are findings for one INDEX area; the
 * other non-text kinds get generated content (lists, tables, charts) in the exported document.
 */
public enum SectionKind {
    TEXT, AREA, GOOD_PRACTICE, RECOMMENDATIONS, PROGRAMME, ORGANISATIONS, INDEX_RESULTS;

    public String id() {
        return EnumIds.id(this);
    }

    public static SectionKind of(String id) {
        return EnumIds.of(SectionKind.class, id, "Unknown section kind '" + id + "'");
    }
}
