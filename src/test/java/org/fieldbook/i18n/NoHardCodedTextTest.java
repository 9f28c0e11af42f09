package org.fieldbook.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Views carry no user-visible text: every label, button, menu, title, prompt and tooltip text comes from a
 * resource bundle. Scans the classes under src/main/java that import JavaFX for text calls with a string literal
 * containing letters (the product name alone is allowed).
 */
class NoHardCodedTextTest {
    static final Path SOURCES = Path.of("src", "main", "java");

    /** Calls whose first string argument is shown to the user. */
    private static final Pattern CALL = Pattern.compile(
            "(new\\s+(?:Label|Button|ToggleButton|RadioButton|CheckBox|Hyperlink|MenuItem|Menu|CheckMenuItem"
            + "|RadioMenuItem|Tab|TitledPane|Tooltip|Text|TableColumn|TreeTableColumn|Alert|Placeholder)\\s*\\("
            + "|\\.(?:setText|setTitle|setHeaderText|setContentText|setPromptText|setTooltip|setAccessibleText"
            + "|setAccessibleHelp|setPlaceholder)\\s*\\()\\s*(?:new\\s+Tooltip\\s*\\(\\s*)?(?:[A-Za-z_.]+\\s*,\\s*)?\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Words that are not translated: the product name (with any punctuation around it). Keep this list short. */
    private static final Set<String> ALLOWED_WORDS = Set.of("Fieldbook");

    @Test
    void viewsTakeTheirTextFromResourceBundles() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                if (isView(lines)) {
                    found.addAll(scan(f, lines));
                }
            }
        }
        assertTrue(found.isEmpty(), found.size() + " hard-coded text(s); move them to the feature's messages.properties "
                + "and messages_fr.properties:\n  " + String.join("\n  ", found));
    }

    @Test
    void theScanFindsTextAndIgnoresSymbolsAndKeys(@TempDir Path dir) {
        List<String> lines = List.of(
                "Label a = new Label(\"Visits\");",
                "b.setText(\"…\");",
                "b.setText(text.get(\"visit.title\"));",
                "stage.setTitle(\"Fieldbook\");",
                "new Label(\"Fieldbook — \" + folder);",
                "field.setPromptText(\"Search notes\");",
                "menu.getItems().add(new MenuItem(\"Quit\", icon));",
                "Tooltip.install(n, new Tooltip(\"Help\"));",
                "// new Label(\"in a comment\")",
                "x.setTooltip(new Tooltip(\"Delete meeting\"));");
        List<String> found = scan(dir.resolve("V.java"), lines);
        assertEquals(5, found.size(), String.join("\n", found));
        assertTrue(found.get(0).startsWith(dir.resolve("V.java") + ":1: "), found.get(0));
        assertTrue(String.join("\n", found).contains(":10: "), "tooltips wrapped in setTooltip count too");
    }

    /** A view is a class that uses JavaFX (documents written with POI are checked by their own tests). */
    static boolean isView(List<String> lines) {
        return lines.stream().anyMatch(l -> l.startsWith("import javafx.") || l.startsWith("import static javafx."));
    }

    static List<String> scan(Path file, List<String> lines) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String code = line.strip();
            if (code.startsWith("//") || code.startsWith("*") || code.startsWith("/*")) {
                continue;
            }
            Matcher m = CALL.matcher(line);
            while (m.find()) {
                String literal = m.group(2);
                String letters = literal.replaceAll("[^\\p{L}]", "");
                if (!letters.isEmpty() && !ALLOWED_WORDS.contains(letters)) {
                    found.add(file + ":" + (i + 1) + ": \"" + literal + "\"  (" + code + ")");
                }
            }
        }
        return found;
    }
}
