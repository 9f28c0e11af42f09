package org.fieldbook.support;

/** Markdown as a reader sees it, for one-line previews and plain documents. */
public final class MarkdownText {
    private MarkdownText() {
    }

    /**
     * The words without Markdown marks (emphasis, code, headings, quotes, list bullets) and hidden source comments
     * ({@code <!-- … -->}); a link or an image keeps its text.
     */
    public static String plain(String markdown) {
        String s = markdown.replaceAll("(?s)<!--.*?-->", "");
        s = s.replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1");
        s = s.replaceAll("(?m)^\\s{0,3}(#{1,6}\\s+|>\\s?|[-*+]\\s+|\\d+[.)]\\s+)", "");
        s = s.replaceAll("(\\*\\*|__|\\*|`)", "");
        // _emphasis_: an underscore that opens or closes a word (not one inside a name such as file_name)
        s = s.replaceAll("(?<![\\p{L}\\p{N}])_(?=\\S)|(?<=\\S)_(?![\\p{L}\\p{N}])", "");
        return s.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    /** {@link #plain} on one line, cut to {@code max} characters with an ellipsis. */
    public static String preview(String markdown, int max) {
        String t = plain(markdown).replaceAll("\\s*\\n\\s*", " ");
        return t.length() > max ? t.substring(0, max - 1) + "…" : t;
    }
}
