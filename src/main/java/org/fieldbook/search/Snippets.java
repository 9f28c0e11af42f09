package org.fieldbook.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Highlighted excerpts made in Java for the few results shown, so the database only ranks. Words are split and
 * folded like the index does (letters and digits, accents and case ignored); a word matches a query term when
 * equal to it, or starts with it for a prefix term. The excerpt is the window of {@code size} words with the
 * most matches, with "…" where text was cut, like FTS5's snippet().
 */
final class Snippets {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final List<String> terms;
    private final boolean lastIsPrefix;

    Snippets(List<String> words, boolean lastIsPrefix) {
        this.terms = words.stream().map(Snippets::fold).toList();
        this.lastIsPrefix = lastIsPrefix;
    }

    static String fold(String word) {
        if (isAscii(word)) {
            return word.toLowerCase(Locale.ROOT); // nothing to decompose: the common case, without normalising
        }
        return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    boolean matches(String word) {
        String folded = fold(word);
        for (int i = 0; i < terms.size(); i++) {
            String t = terms.get(i);
            if (folded.equals(t) || (lastIsPrefix && i == terms.size() - 1 && folded.startsWith(t))) {
                return true;
            }
        }
        return false;
    }

    /** The best of the given texts (the one with most matches, first on ties) as an excerpt. */
    String excerpt(int size, String... texts) {
        String best = "";
        int bestCount = -1;
        for (String text : texts) {
            if (text == null || text.isEmpty()) {
                continue;
            }
            int count = 0;
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                if (matches(m.group())) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = text;
                bestCount = count;
            }
        }
        return excerptOf(best, size);
    }

    String excerptOf(String text, int size) {
        List<int[]> words = new ArrayList<>();
        List<Boolean> hit = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
            hit.add(matches(m.group()));
        }
        if (words.isEmpty()) {
            return text;
        }
        int from = bestWindow(hit, size);
        int to = Math.min(words.size(), from + size);
        int startChar = from == 0 ? 0 : words.get(from)[0];
        int endChar = to == words.size() ? text.length() : words.get(to - 1)[1];
        StringBuilder sb = new StringBuilder();
        if (from > 0) {
            sb.append('…');
        }
        int pos = startChar;
        for (int i = from; i < to; i++) {
            int[] w = words.get(i);
            sb.append(text, pos, w[0]);
            if (hit.get(i)) {
                sb.append(SearchService.MARK_START).append(text, w[0], w[1]).append(SearchService.MARK_END);
            } else {
                sb.append(text, w[0], w[1]);
            }
            pos = w[1];
        }
        sb.append(text, pos, endChar);
        if (to < words.size()) {
            sb.append('…');
        }
        return sb.toString();
    }

    /** Start of the window of {@code size} words with the most matches, with up to two words of context before it. */
    private static int bestWindow(List<Boolean> hit, int size) {
        if (hit.size() <= size) {
            return 0;
        }
        int best = -1;
        int bestCount = 0;
        for (int start = 0; start < hit.size(); start++) {
            if (!hit.get(start)) {
                continue;
            }
            int count = 0;
            for (int i = start; i < Math.min(hit.size(), start + size); i++) {
                if (hit.get(i)) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = start;
                bestCount = count;
            }
        }
        if (best < 0) {
            return 0;
        }
        int lastHit = best;
        for (int i = best; i < Math.min(hit.size(), best + size); i++) {
            if (hit.get(i)) {
                lastHit = i;
            }
        }
        int spare = size - (lastHit - best + 1);
        return Math.max(0, Math.min(best - Math.min(2, spare), hit.size() - size));
    }
}
