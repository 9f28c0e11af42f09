package org.fieldbook.person;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an erased person's name, e-mail and phone in free text without keeping them: each is kept only as the SHA-256
 * of its normalised words (accents folded, lower case, single spaces), and text is scanned word by word for runs of
 * up to {@link #MAX_WORDS} words whose normalised form has one of those hashes. The hashes travel in the erasure
 * record so that a workspace can remove the words from texts that arrive after the person's own record was erased.
 */
public final class NameHashes {
    /** The replacement for an erased name in text. */
    public static final String MARK = "[name removed]";
    static final int MAX_WORDS = 8;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\p{M}'’.@_+-]*[\\p{L}\\p{N}\\p{M}])?");
    private static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "mme", "m", "mlle", "prof", "sir", "dame");

    private NameHashes() {
    }

    /** The hashes for a person: full name, surname (last word of three letters or more), e-mail and phone. */
    public static TreeSet<String> of(String person, String email, String phone) {
        TreeSet<String> out = new TreeSet<>();
        List<String> words = words(person);
        while (!words.isEmpty() && TITLES.contains(words.get(0).replace(".", ""))) {
            words = words.subList(1, words.size());
        }
        if (!words.isEmpty()) {
            out.add(sha(String.join(" ", words)));
            String last = words.get(words.size() - 1);
            if (last.length() >= 3) {
                out.add(sha(last));
            }
        }
        for (String other : new String[] {email, phone}) {
            List<String> w = words(other);
            if (!w.isEmpty() && String.join("", w).length() >= 5) {
                out.add(sha(String.join(" ", w)));
            }
        }
        return out;
    }

    /** Replaces every run of words whose hash is in {@code hashes} by {@link #MARK}; returns the text unchanged otherwise. */
    public static String scrub(String text, Collection<String> hashes) {
        return scrub(text, hashes, MARK);
    }

    /** As {@link #scrub(String, Collection)}, with {@code mark} in place of each run found. */
    public static String scrub(String text, Collection<String> hashes, String mark) {
        if (text == null || text.isEmpty() || hashes.isEmpty()) {
            return text;
        }
        List<int[]> spans = new ArrayList<>();
        List<String> norms = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            norms.add(normalise(m.group()));
        }
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < norms.size();) {
            int matched = 0;
            StringBuilder key = new StringBuilder();
            List<String> keys = new ArrayList<>();
            for (int w = 0; w < MAX_WORDS && i + w < norms.size(); w++) {
                if (w > 0) {
                    key.append(' ');
                }
                key.append(norms.get(i + w));
                keys.add(key.toString());
            }
            for (int w = keys.size(); w >= 1; w--) {
                if (hashes.contains(sha(keys.get(w - 1)))) {
                    matched = w;
                    break;
                }
            }
            if (matched == 0) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, spans.get(i)[0]).append(mark);
            copied = spans.get(i + matched - 1)[1];
            i += matched;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(normalise(m.group()));
        }
        return out;
    }

    static String normalise(String word) {
        String folded = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    static String sha(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
