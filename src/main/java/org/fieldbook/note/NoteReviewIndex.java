package org.fieldbook.note;

import java.text.CollationKey;
import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A visit's notes held in memory for the review: filters on every {@link Facet} at once, the count of notes each
 * filter value would give (with the other filters as they are), and sorting. Built once per load (the review reloads
 * it when the store changes); applying a filter walks the notes once, in an order sorted when first asked for.
 * Not thread-safe: one view uses it on one thread.
 */
public final class NoteReviewIndex {
    /** The value of a facet for a note that has none: no area, no meeting (a note on the visit itself), no day. */
    public static final String NONE = "";
    public static final String YES = "yes";
    public static final String NO = "no";
    /** Values of {@link Facet#USED}. */
    public static final String USED = "used";
    public static final String UNUSED = "unused";

    /** What the review filters on; each filter is one value of its facet, or none (any). */
    public enum Facet {
        /** An INDEX area id ({@link #NONE}: notes with no area); a note with two areas counts under both. */
        AREA,
        /** A {@link NoteKind#id()}. */
        KIND,
        /** A meeting id ({@link #NONE}: notes on the visit itself). */
        MEETING,
        /** The meeting's day, {@code yyyy-mm-dd} ({@link #NONE}: notes on the visit itself). */
        DAY,
        /** The note's author as stored (compared in Unicode NFC form, so "Hélène" typed either way is one person). */
        AUTHOR,
        /** {@link #YES} or {@link #NO}: whether the note holds an attached file. */
        ATTACHMENT,
        /** {@link #USED} or {@link #UNUSED}: whether a paragraph of the profile was drafted from the note. */
        USED
    }

    /** How the filtered list is ordered. */
    public enum Sort {
        /** As the notes were taken (oldest first). */
        TAKEN,
        /** Newest first. */
        NEWEST,
        /** By meeting (day, start time, title), the visit's own notes first; as taken within one. */
        MEETING,
        /** By kind (in {@link NoteKind}'s order), then as taken. */
        KIND,
        /** By author (alphabetically in the window's language, accents as its dictionary orders them), then as taken. */
        AUTHOR
    }

    /** The filters in force: a value per facet, or none. Immutable. */
    public static final class Filter {
        private static final Filter NONE_SET = new Filter(new EnumMap<>(Facet.class));
        private final EnumMap<Facet, String> values;

        private Filter(EnumMap<Facet, String> values) {
            this.values = values;
        }

        public static Filter none() {
            return NONE_SET;
        }

        /** This filter with {@code facet} set to {@code value} (null: any value). */
        public Filter with(Facet facet, String value) {
            EnumMap<Facet, String> v = new EnumMap<>(Facet.class);
            v.putAll(values);
            if (value == null) {
                v.remove(facet);
            } else {
                v.put(facet, facet == Facet.AUTHOR ? nfc(value) : value);
            }
            return new Filter(v);
        }

        /** The value of {@code facet}, or null for any. */
        public String get(Facet facet) {
            return values.get(facet);
        }

        public boolean isEmpty() {
            return values.isEmpty();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Filter f && f.values.equals(values);
        }

        @Override
        public int hashCode() {
            return values.hashCode();
        }

        @Override
        public String toString() {
            return values.toString();
        }
    }

    /**
     * The notes that pass every filter, in the order asked for, and for each facet the number of notes each of its
     * values would give, the other filters staying as they are (so the count beside a value is what choosing it shows).
     */
    public record Result(List<ReviewNote> notes, Map<Facet, Map<String, Integer>> counts, int total,
                         Map<Facet, Integer> anyCounts) {
        /** The count of {@code value} under {@code facet} (0 when no note would match). */
        public int count(Facet facet, String value) {
            Map<String, Integer> c = counts.get(facet);
            return c == null ? 0 : c.getOrDefault(value, 0);
        }

        /** How many notes pass every filter except that of {@code facet} (what "any" there would show). */
        public int countAny(Facet facet) {
            return anyCounts.getOrDefault(facet, 0);
        }
    }

    /** The facets in declaration order (an instance copy: a static array could be changed by anyone). */
    private final Facet[] facets = Facet.values();
    private final List<ReviewNote> notes;
    /** Per note, per facet: its values (one, or several areas). */
    private final String[][][] keys;
    private final Locale locale;
    private final Map<Sort, int[]> orders = new EnumMap<>(Sort.class);

    public NoteReviewIndex(List<ReviewNote> notes, Locale locale) {
        this.notes = List.copyOf(notes);
        this.locale = locale == null ? Locale.ENGLISH : locale;
        this.keys = new String[this.notes.size()][][];
        for (int i = 0; i < this.notes.size(); i++) {
            ReviewNote n = this.notes.get(i);
            String[][] k = new String[facets.length][];
            k[Facet.AREA.ordinal()] = n.areas().isEmpty() ? new String[] {NONE}
                    : new LinkedHashSet<>(n.areas()).toArray(String[]::new);
            k[Facet.KIND.ordinal()] = new String[] {n.kind().id()};
            k[Facet.MEETING.ordinal()] = new String[] {n.meetingId() == null ? NONE : n.meetingId()};
            k[Facet.DAY.ordinal()] = new String[] {n.day() == null ? NONE : n.day().toString()};
            k[Facet.AUTHOR.ordinal()] = new String[] {nfc(n.author())};
            k[Facet.ATTACHMENT.ordinal()] = new String[] {n.attachments() > 0 ? YES : NO};
            k[Facet.USED.ordinal()] = new String[] {n.used() ? USED : UNUSED};
            keys[i] = k;
        }
    }

    static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }

    public int size() {
        return notes.size();
    }

    public List<ReviewNote> all() {
        return notes;
    }

    /** The notes passing {@code filter}, ordered by {@code sort}, with the counts per facet value. */
    public Result apply(Filter filter, Sort sort) {
        Filter f = filter == null ? Filter.none() : filter;
        int[] order = order(sort == null ? Sort.TAKEN : sort);
        String[] wanted = new String[facets.length];
        int active = 0;
        for (Facet facet : facets) {
            wanted[facet.ordinal()] = f.get(facet);
            if (f.get(facet) != null) {
                active++;
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, Integer>[] counts = new HashMap[facets.length];
        int[] any = new int[facets.length];
        for (int i = 0; i < facets.length; i++) {
            counts[i] = new HashMap<>();
        }
        List<ReviewNote> out = new ArrayList<>();
        for (int i : order) {
            String[][] k = keys[i];
            int failed = -1;
            int failures = 0;
            if (active > 0) {
                for (int fi = 0; fi < facets.length && failures < 2; fi++) {
                    String w = wanted[fi];
                    if (w != null && !contains(k[fi], w)) {
                        failures++;
                        failed = fi;
                    }
                }
            }
            if (failures == 0) {
                out.add(notes.get(i));
                for (int fi = 0; fi < facets.length; fi++) {
                    add(counts[fi], k[fi]);
                    any[fi]++;
                }
            } else if (failures == 1) {
                // the note fails only this facet's filter: choosing another value there (or any) would show it
                add(counts[failed], k[failed]);
                any[failed]++;
            }
        }
        Map<Facet, Map<String, Integer>> c = new EnumMap<>(Facet.class);
        Map<Facet, Integer> anyCounts = new EnumMap<>(Facet.class);
        for (Facet facet : facets) {
            c.put(facet, Collections.unmodifiableMap(counts[facet.ordinal()]));
            anyCounts.put(facet, any[facet.ordinal()]);
        }
        return new Result(Collections.unmodifiableList(out), Collections.unmodifiableMap(c), notes.size(),
                Collections.unmodifiableMap(anyCounts));
    }

    private static boolean contains(String[] values, String wanted) {
        for (String v : values) {
            if (v.equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static void add(Map<String, Integer> counts, String[] values) {
        for (String v : values) {
            counts.merge(v, 1, Integer::sum);
        }
    }

    /**
     * The values {@code facet} takes among all the notes (whatever the filters): meetings in programme order, days in
     * order, authors alphabetically in the window's language, kinds in {@link NoteKind}'s order, areas by id (a view
     * puts them in the questionnaire's order), {@link #NONE} first where it occurs.
     */
    public List<String> values(Facet facet) {
        Set<String> seen = new LinkedHashSet<>();
        for (int i : order(facet == Facet.MEETING ? Sort.MEETING : Sort.TAKEN)) {
            seen.addAll(Arrays.asList(keys[i][facet.ordinal()]));
        }
        List<String> v = new ArrayList<>(seen);
        switch (facet) {
            case MEETING -> { } // already in programme order
            case KIND -> v.sort(Comparator.comparingInt(id -> NoteKind.of(id).ordinal()));
            case AUTHOR -> {
                Collator collator = collator();
                v.sort((a, b) -> a.isEmpty() != b.isEmpty() ? (a.isEmpty() ? -1 : 1) : collator.compare(a, b));
            }
            case ATTACHMENT -> v.sort(Comparator.comparing((String s) -> !s.equals(YES)));
            case USED -> v.sort(Comparator.comparing((String s) -> !s.equals(UNUSED)));
            default -> Collections.sort(v);
        }
        return v;
    }

    private Collator collator() {
        Collator c = Collator.getInstance(locale);
        c.setStrength(Collator.TERTIARY);
        c.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return c;
    }

    private int[] order(Sort sort) {
        return orders.computeIfAbsent(sort, this::sorted);
    }

    private int[] sorted(Sort sort) {
        Integer[] idx = new Integer[notes.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Comparator<Integer> taken = Comparator.comparing((Integer i) -> notes.get(i).taken()).thenComparing(i -> i);
        Comparator<Integer> cmp = switch (sort) {
            case TAKEN -> taken;
            case NEWEST -> taken.reversed();
            case MEETING -> Comparator.comparing((Integer i) -> notes.get(i).meetingId() != null)
                    .thenComparing(i -> Objects.toString(notes.get(i).day(), ""))
                    .thenComparing(i -> Objects.toString(notes.get(i).start(), ""))
                    .thenComparing(i -> notes.get(i).meetingTitle())
                    .thenComparing(i -> Objects.toString(notes.get(i).meetingId(), ""))
                    .thenComparing(taken);
            case KIND -> Comparator.comparing((Integer i) -> notes.get(i).kind().ordinal()).thenComparing(taken);
            case AUTHOR -> {
                Collator collator = collator();
                CollationKey[] ck = new CollationKey[notes.size()];
                for (int i = 0; i < ck.length; i++) {
                    ck[i] = collator.getCollationKey(nfc(notes.get(i).author()));
                }
                yield Comparator.comparing((Integer i) -> ck[i]).thenComparing(taken);
            }
        };
        Arrays.sort(idx, cmp);
        int[] out = new int[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = idx[i];
        }
        return out;
    }
}
