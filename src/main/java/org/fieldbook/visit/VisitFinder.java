package org.fieldbook.visit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds visits among the summaries already loaded for the sidebar, in memory: a text matched against city and country
 * with accents and case folded ("geneve" finds "Genève"; every word must be in the city or the country), a year (of the
 * visit's first day), a status, and a sort. Built once per list of summaries (the folded names are kept), then
 * {@link #apply} runs per keystroke without touching the database.
 */
public final class VisitFinder {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The orders the sidebar offers. */
    public enum Sort {
        /** Most recent first day first (the sidebar's order), then city. */
        NEWEST,
        /** City A–Z (accents folded), then newest. */
        CITY,
        /** Country A–Z, then city, then newest. */
        COUNTRY
    }

    /** What the user asked for: {@code text} may be blank, {@code year} and {@code status} null for "all". */
    public record Query(String text, Integer year, VisitStatus status, Sort sort) {
        public static final Query ALL = new Query("", null, null, Sort.NEWEST);

        public Query {
            text = text == null ? "" : text;
            sort = sort == null ? Sort.NEWEST : sort;
        }

        public boolean filters() {
            return !text.isBlank() || year != null || status != null;
        }
    }

    private record Entry(VisitSummary visit, String city, String country) {
    }

    private static final Comparator<Entry> NEWEST = Comparator.comparing((Entry e) -> e.visit().start()).reversed()
            .thenComparing(Entry::city);
    private static final Comparator<Entry> BY_CITY = Comparator.comparing(Entry::city)
            .thenComparing(Comparator.comparing((Entry e) -> e.visit().start()).reversed());
    private static final Comparator<Entry> BY_COUNTRY = Comparator.comparing(Entry::country).thenComparing(BY_CITY);

    private final List<Entry> entries;
    private final List<VisitSummary> visits;

    public VisitFinder(List<VisitSummary> visits) {
        this.visits = List.copyOf(visits);
        this.entries = new ArrayList<>(visits.size());
        for (VisitSummary v : visits) {
            entries.add(new Entry(v, fold(v.city()), fold(v.country())));
        }
    }

    /** Every visit, as given. */
    public List<VisitSummary> all() {
        return visits;
    }

    /** The visits matching {@code q}, in its order. */
    public List<VisitSummary> apply(Query q) {
        String[] words = words(q.text());
        List<Entry> hits = new ArrayList<>();
        for (Entry e : entries) {
            if (matches(e, words, q)) {
                hits.add(e);
            }
        }
        hits.sort(switch (q.sort()) {
            case NEWEST -> NEWEST;
            case CITY -> BY_CITY;
            case COUNTRY -> BY_COUNTRY;
        });
        List<VisitSummary> out = new ArrayList<>(hits.size());
        for (Entry e : hits) {
            out.add(e.visit());
        }
        return out;
    }

    private static boolean matches(Entry e, String[] words, Query q) {
        if (q.year() != null && e.visit().start().getYear() != q.year()) {
            return false;
        }
        if (q.status() != null && e.visit().status() != q.status()) {
            return false;
        }
        for (String w : words) {
            if (!e.city().contains(w) && !e.country().contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** The years (of first days) present, most recent first. */
    public List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        for (VisitSummary v : visits) {
            years.add(v.start().getYear());
        }
        return List.copyOf(years);
    }

    /** The statuses present, in their natural order (planned, under way, done). */
    public List<VisitStatus> statuses() {
        EnumSet<VisitStatus> present = EnumSet.noneOf(VisitStatus.class);
        for (VisitSummary v : visits) {
            present.add(v.status());
        }
        return List.copyOf(present);
    }

    /**
     * Type-ahead: the index in {@code shown} of the first visit at or after {@code from} (wrapping round) whose city
     * starts with {@code typed} (accents and case folded), or -1. A run of one repeated letter ("ggg") looks for that
     * letter, so pressing it again steps through the cities starting with it.
     */
    public static int typeAhead(List<VisitSummary> shown, String typed, int from) {
        String prefix = fold(typed);
        if (prefix.isEmpty() || shown.isEmpty()) {
            return -1;
        }
        if (prefix.length() > 1 && prefix.chars().allMatch(ch -> ch == prefix.charAt(0))) {
            return typeAhead(shown, prefix.substring(0, 1), from);
        }
        int n = shown.size();
        int start = Math.floorMod(from, n);
        for (int i = 0; i < n; i++) {
            int at = (start + i) % n;
            if (fold(shown.get(at).city()).startsWith(prefix)) {
                return at;
            }
        }
        return -1;
    }

    /** Lower case without accents or other combining marks ("Genève" → "geneve", "Łódź" → "lodz"). */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String plain = s.replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O').replace('ı', 'i')
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe").replace("Œ", "OE");
        return MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static String[] words(String text) {
        String f = fold(text).strip();
        return f.isEmpty() ? new String[0] : SPACES.split(f);
    }
}
