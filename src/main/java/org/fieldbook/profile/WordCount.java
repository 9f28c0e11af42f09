package org.fieldbook.profile;

import java.util.regex.Pattern;

/** Counts the words a reader will see in a Markdown text (markup and source markers are not words). */
public final class WordCount {
    private static final Pattern HTML = Pattern.compile("<!--.*?-->|<[^>]+>", Pattern.DOTALL);
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*");

    private WordCount() {
    }

    public static int of(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return 0;
        }
        String text = LINK_TARGET.matcher(HTML.matcher(markdown).replaceAll(" ")).replaceAll("] ");
        var m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
