package org.fieldbook.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fieldbook.sync.SyncProblemCodesTest;
import org.fieldbook.support.Language;
import org.fieldbook.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Every coded store problem ({@code StoreException.said("code", english, values…)}, {@code saidWithCause("code",
 * english, cause, values…)}) has its {@code problem.CODE} text in the window's strings, in English and in French,
 * using exactly the values the call gives; and a coded problem is said in the reader's language.
 */
class StoreProblemCodesTest {
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path STRINGS = Path.of("src", "main", "resources", "org", "fieldbook", "support", "ui");
    private static final Pattern CALL = Pattern.compile("StoreException\\.(said|saidWithCause)\\(");

    @Test
    void everyStoreCodeIsSaidInEnglishAndFrenchWithItsValues() throws IOException {
        Properties en = load(STRINGS.resolve("messages.properties"));
        Properties fr = load(STRINGS.resolve("messages_fr.properties"));
        List<String> problems = new ArrayList<>();
        int calls = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String src = Files.readString(f);
                Matcher m = CALL.matcher(src);
                while (m.find()) {
                    List<String> args = SyncProblemCodesTest.arguments(src, m.end() - 1);
                    String where = f.getFileName() + ":" + src.substring(0, m.end()).split("\n", -1).length;
                    int fixed = m.group(1).equals("said") ? 2 : 3; // code, English text (, cause)
                    if (args.size() < fixed || !args.get(0).matches("\"[\\w.]+\"")) {
                        problems.add(where + ": the code is not written out: " + args);
                        continue;
                    }
                    calls++;
                    String key = "problem." + args.get(0).substring(1, args.get(0).length() - 1);
                    Set<Integer> given = new TreeSet<>();
                    for (int i = 0; i < args.size() - fixed; i++) {
                        given.add(i);
                    }
                    for (Properties p : List.of(en, fr)) {
                        String pattern = p.getProperty(key);
                        if (pattern == null) {
                            problems.add(where + ": no " + (p == en ? "English" : "French") + " text for " + key);
                        } else if (!SyncProblemCodesTest.placeholders(pattern).equals(given)) {
                            problems.add(where + ": " + key + " uses " + SyncProblemCodesTest.placeholders(pattern) + ", the call gives " + given);
                        }
                    }
                }
            }
        }
        assertTrue(calls >= 10, "the calls were found: " + calls);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aCodedStoreProblemIsSaidInTheReadersLanguage() {
        StoreException e = StoreException.said("store.open.unreachable", "Cannot open the database postgresql://db/x: refused",
                "postgresql://db/x");
        String french = Texts.of(Texts.WINDOW, Language.FRENCH).problem(e);
        assertTrue(french.startsWith("le serveur de postgresql://db/x ne répond pas"), french);
        assertTrue(e.getMessage().startsWith("Cannot open"), "the message stays English for logs and the command line");
        StoreException plain = new StoreException("An uncoded problem");
        assertTrue(Texts.of(Texts.WINDOW, Language.FRENCH).problem(plain).equals("An uncoded problem"));
    }

    private static Properties load(Path f) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
