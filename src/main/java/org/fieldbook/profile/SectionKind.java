package org.fieldbook.profile;

import java.util.Locale;

/**
 * What a section holds besides its own text: {@code AREA} sections are findings for one INDEX area; the
 * other non-text kinds get generated content (lists, tables, charts) in the exported document.
 */
public enum SectionKind {
    TEXT, AREA, GOOD_PRACTICE, RECOMMENDATIONS, PROGRAMME, ORGANISATIONS, INDEX_RESULTS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SectionKind of(String id) {
        try {
            return valueOf(id.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown section kind '" + id + "'");
        }
    }
}
