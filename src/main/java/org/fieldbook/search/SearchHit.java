package org.fieldbook.search;

/**
 * One search result. {@code snippet} marks matched words between {@link SearchService#MARK_START} and
 * {@link SearchService#MARK_END}; {@code score} is higher for better matches.
 */
public record SearchHit(String type, String id, String visit, String title, String snippet, double score) {
    /** The snippet with the highlight marks replaced, e.g. by "**" for Markdown-style output. */
    public String snippet(String open, String close) {
        return snippet.replace(SearchService.MARK_START, open).replace(SearchService.MARK_END, close);
    }
}
