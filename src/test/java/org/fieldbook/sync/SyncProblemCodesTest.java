package org.fieldbook.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fieldbook.support.Language;
import org.fieldbook.support.Texts;
import org.fieldbook.sync.imports.ImportNotApplied;
import org.junit.jupiter.api.Test;

/**
 * Every sync problem speaks both languages. The compiler enforces that each {@link SyncException} has a code (there
 * is no constructor without one); this test reads every call that gives a code ({@code coded("code", message, args…)}
 * of the exceptions and of {@link org.fieldbook.base.Phrase}, and the subclasses' {@code super(cause, "code", …)}) in src/main/java
 * and checks that {@code problem.CODE} exists in the English and the French sync strings, that both use exactly the
 * arguments the call passes ({0} … {n-1}, none lost, none missing) and that both format.
 */
public class SyncProblemCodesTest {
    private static final Path SOURCES = Path.of("src", "main", "java", "org", "fieldbook");
    private static final Path STRINGS = Path.of("src", "main", "resources", "org", "fieldbook", "sync");
    /** The classes that define the factories (their calls pass variables, not codes). */
    private static final Set<String> DEFINING = Set.of("SyncException.java", "BundleRejected.java", "ImportNotApplied.java",
            "Texts.java");
    private static final Pattern CALL = Pattern.compile("\\b(coded|super)\\(");
    private static final Pattern SUBCLASS = Pattern.compile("extends (SyncException|BundleRejected|ImportNotApplied)\\b");

    record Use(String where, String code, int args) { }

    @Test
    void noSyncProblemCanBeMadeWithoutACode() {
        for (Class<?> c : List.of(SyncException.class, BundleRejected.class, ImportNotApplied.class)) {
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                assertTrue(!Modifier.isPublic(k.getModifiers()), c.getSimpleName() + " has a public constructor: " + k);
                List<Class<?>> types = Arrays.asList(k.getParameterTypes());
                assertEquals(List.of(Throwable.class, String.class, String.class, Object[].class), types,
                        c.getSimpleName() + ": the only constructor takes a cause, a code, the English message and the values");
            }
        }
        assertThrowsNpe(() -> SyncException.coded(null, "a problem without a code"));
    }

    private static void assertThrowsNpe(Runnable r) {
        try {
            r.run();
        } catch (NullPointerException expected) {
            return;
        }
        throw new AssertionError("a null code was accepted");
    }

    @Test
    void everyCodeIsSaidInEnglishAndFrenchWithItsArguments() throws IOException {
        List<Use> uses = uses();
        assertTrue(uses.size() > 150, "the calls were found: " + uses.size());
        Properties en = load(STRINGS.resolve("messages.properties"));
        Properties fr = load(STRINGS.resolve("messages_fr.properties"));
        List<String> problems = new ArrayList<>();
        Map<String, Integer> arity = new TreeMap<>();
        for (Use u : uses) {
            Integer before = arity.putIfAbsent(u.code(), u.args());
            if (before != null && before != u.args()) {
                problems.add(u.where() + ": " + u.code() + " is given " + u.args() + " values here, " + before + " elsewhere");
            }
            for (var lang : List.of(Map.entry("English", en), Map.entry("French", fr))) {
                String key = "problem." + u.code();
                String pattern = lang.getValue().getProperty(key);
                if (pattern == null) {
                    problems.add(u.where() + ": no " + lang.getKey() + " text for " + key);
                    continue;
                }
                Set<Integer> used = placeholders(pattern);
                Set<Integer> given = new TreeSet<>();
                for (int i = 0; i < u.args(); i++) {
                    given.add(i);
                }
                if (!used.equals(given)) {
                    problems.add(u.where() + ": " + lang.getKey() + " " + key + " uses " + used + ", the call gives " + given);
                    continue;
                }
                try {
                    Locale locale = lang.getKey().equals("French") ? Locale.FRENCH : Locale.ENGLISH;
                    String text = new MessageFormat(pattern, locale).format(sample(pattern, u.args()));
                    if (text.isBlank() || text.matches("(?s).*\\{\\d.*")) {
                        problems.add(u.where() + ": " + lang.getKey() + " " + key + " formats badly: " + text);
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(u.where() + ": " + lang.getKey() + " " + key + " does not format: " + e.getMessage());
                }
            }
        }
        for (Properties p : List.of(en, fr)) {
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("problem.") && !arity.containsKey(key.substring("problem.".length()))) {
                    problems.add(key + " is in the strings but no code uses it");
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
    }

    @Test
    void aPartOfAProblemIsSaidInTheReadersLanguageToo() {
        org.fieldbook.base.Phrase hours = org.fieldbook.base.Phrase.coded("duration.hours", "5 hours", 5L);
        BundleRejected e = BundleRejected.coded("record.ahead", "English", "Ana", "2286-11-20", hours, "now", "note", "n1", "stamps.text");
        String french = Texts.of(Texts.SYNC, Language.FRENCH).problem(e);
        assertTrue(french.contains("5 heures d’avance"), french);
        assertEquals("5 hours", hours.toString(), "in an English message the part reads as before");
    }

    /** The placeholders a pattern uses (quoted text skipped). */
    public static Set<Integer> placeholders(String pattern) {
        Set<Integer> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern.replaceAll("'[^']*'", ""));
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    /** Values for a pattern: numbers where it formats a number, else text. */
    private static Object[] sample(String pattern, int n) {
        Object[] args = new Object[n];
        for (int i = 0; i < n; i++) {
            args[i] = pattern.matches("(?s).*\\{" + i + ",\\s*(number|choice).*") ? (Object) 1234L : "v" + i;
        }
        return args;
    }

    private static Properties load(Path f) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    /** Every call giving a code in the sources, with the number of values it passes. */
    static List<Use> uses() throws IOException {
        List<Use> out = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                if (DEFINING.contains(f.getFileName().toString())) {
                    continue;
                }
                String src = Files.readString(f);
                boolean subclass = SUBCLASS.matcher(src).find();
                Matcher m = CALL.matcher(src);
                while (m.find()) {
                    if (m.group(1).equals("super") && !subclass) {
                        continue;
                    }
                    int open = m.end() - 1;
                    List<String> args = arguments(src, open);
                    String where = f.getFileName() + ":" + (src.substring(0, open).split("\n", -1).length);
                    if (args.isEmpty() || args.get(0).matches("(final )?[\\w.<>\\[\\]]+ \\w+")) {
                        continue; // a declaration, not a call
                    }
                    int at = args.get(0).startsWith("\"") ? 0 : 1;
                    if (args.size() < at + 2 || !args.get(at).matches("\"[\\w.]+\"")) {
                        unreadable.add(where + ": " + String.join(", ", args));
                        continue;
                    }
                    String code = args.get(at).substring(1, args.get(at).length() - 1);
                    out.add(new Use(where, code, args.size() - at - 2));
                }
            }
        }
        assertTrue(unreadable.isEmpty(), "calls whose code is not written out (write the code as a literal):\n  "
                + String.join("\n  ", unreadable));
        return out;
    }

    /** The top-level arguments of the call whose "(" is at {@code open}. */
    public static List<String> arguments(String s, int open) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (s.charAt(j) != c) {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                if (depth > 0) {
                    cur.append(s, i, j + 1);
                }
                i = j;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
                if (depth == 1) {
                    continue;
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    if (!cur.toString().isBlank()) {
                        out.add(cur.toString().strip());
                    }
                    return out;
                }
            } else if (c == ',' && depth == 1) {
                out.add(cur.toString().strip());
                cur.setLength(0);
                continue;
            }
            cur.append(c);
        }
        throw new IllegalStateException("unbalanced call at " + open);
    }
}
