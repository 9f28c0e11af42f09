package org.fieldbook.search;

/** What to look for; null filters mean "any". Area and kind filters narrow the results to notes. */
public record SearchQuery(String text, String visitId, String areaId, String kind, int limit) {
    public SearchQuery {
        text = text == null ? "" : text;
        limit = limit <= 0 ? 50 : limit;
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, 50);
    }

    public boolean notesOnly() {
        return areaId != null || kind != null;
    }
}
