package org.fieldbook.i18n;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every feature's {@code messages.properties} has a French twin {@code messages_fr.properties} with exactly the
 * same keys, and no value in either is empty.
 */
class BundleParityTest {
    static final Path RESOURCES = Path.of("src", "main", "resources", "org", "fieldbook");

    @Test
    void everyEnglishBundleHasAFrenchTwinWithTheSameKeys() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> bundles = englishBundles();
        // the walk must find the feature bundles the app loads, or the loop below checks nothing
        for (String feature : List.of("support/ui", "profile", "sync", "index")) {
            assertTrue(bundles.contains(RESOURCES.resolve(feature).resolve("messages.properties")),
                    "bundle of '" + feature + "' not found under " + RESOURCES + ": " + bundles);
        }
        for (Path en : bundles) {
            problems.addAll(compare(en, en.resolveSibling("messages_fr.properties")));
        }
        assertTrue(problems.isEmpty(), problems.size() + " bundle problem(s):\n  " + String.join("\n  ", problems));
    }

    @Test
    void frenchBundlesDoNotStandAlone() throws IOException {
        List<String> orphans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            files.filter(p -> p.getFileName().toString().equals("messages_fr.properties"))
                    .filter(p -> !Files.exists(p.resolveSibling("messages.properties")))
                    .forEach(p -> orphans.add(p.toString()));
        }
        assertTrue(orphans.isEmpty(), "French bundles without an English one: " + orphans);
    }

    @Test
    void theCheckFindsMissingKeysAndEmptyValues(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path en = dir.resolve("messages.properties");
        Path fr = dir.resolve("messages_fr.properties");
        Files.writeString(en, "a=One\nb=Two\nc=\n");
        Files.writeString(fr, "a=Un\nd=Quatre\nc=Trois\n");
        String all = String.join("\n", compare(en, fr));
        assertTrue(all.contains("missing in French: b"), all);
        assertTrue(all.contains("missing in English: d"), all);
        assertTrue(all.contains("messages.properties:3: empty value: c"), all);
        assertTrue(compare(en, dir.resolve("none.properties")).get(0).contains("has no French twin"));
    }

    static List<Path> englishBundles() throws IOException {
        assertTrue(Files.isDirectory(RESOURCES), RESOURCES + " not found (run from the project folder)");
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(p -> p.getFileName().toString().equals("messages.properties")).sorted().toList();
        }
    }

    static List<String> compare(Path en, Path fr) throws IOException {
        List<String> problems = new ArrayList<>();
        if (!Files.exists(fr)) {
            problems.add(en + " has no French twin " + fr.getFileName());
            return problems;
        }
        Properties english = load(en);
        Properties french = load(fr);
        Set<String> missingFr = new TreeSet<>(english.stringPropertyNames());
        missingFr.removeAll(french.stringPropertyNames());
        Set<String> missingEn = new TreeSet<>(french.stringPropertyNames());
        missingEn.removeAll(english.stringPropertyNames());
        for (String k : missingFr) {
            problems.add(fr + ": missing in French: " + k + " (English at " + en + ":" + lineOf(en, k) + ")");
        }
        for (String k : missingEn) {
            problems.add(en + ": missing in English: " + k + " (French at " + fr + ":" + lineOf(fr, k) + ")");
        }
        for (var file : List.of(en, fr)) {
            Properties p = file == en ? english : french;
            for (String k : new TreeSet<>(p.stringPropertyNames())) {
                if (p.getProperty(k).isBlank()) {
                    problems.add(file + ":" + lineOf(file, k) + ": empty value: " + k);
                }
            }
        }
        return problems;
    }

    /** The line where {@code key} is defined (1-based), or 0 when not found as written. */
    static int lineOf(Path file, String key) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).stripLeading();
            if (t.startsWith(key) && t.substring(key.length()).matches("\\s*[=:\\s].*|\\s*")) {
                return i + 1;
            }
        }
        return 0;
    }

    static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
