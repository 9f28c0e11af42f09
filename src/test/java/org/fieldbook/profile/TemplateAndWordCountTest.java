package org.fieldbook.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fieldbook.profile.template.ProfileTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateAndWordCountTest {
    @TempDir
    Path dir;

    @Test
    void theShippedTemplateIsBilingualAndMatchesTheAssetsCopy() throws Exception {
        ProfileTemplate t = ProfileTemplate.bundled();
        assertTrue(t.sections().stream().filter(s -> !s.kind().equals(ProfileTemplate.AREAS))
                .allMatch(s -> !s.title("en").isBlank() && !s.title("fr").isBlank()));
        assertEquals(Files.readString(Path.of("assets/templates/profile-template.json")),
                Files.readString(Path.of("src/main/resources/org/fieldbook/profile/profile-template.json")));
    }

    @Test
    void aBrokenTemplateIsRefusedWithTheProblemNamed() throws Exception {
        Path bad = dir.resolve("t.json");
        Files.writeString(bad, "{\"sections\": [{\"key\": \"a\", \"level\": 1, \"title\": {\"en\": \"A\"}},"
                + " {\"key\": \"a\", \"level\": 1, \"title\": {\"en\": \"B\"}}]}");
        var e = assertThrows(IllegalArgumentException.class, () -> ProfileTemplate.load(bad));
        assertTrue(e.getMessage().contains("'a' appears twice"), e.getMessage());
        Files.writeString(bad, "{\"sections\": [{\"key\": \"a\", \"level\": 7, \"title\": {\"en\": \"A\"}}]}");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ProfileTemplate.load(bad)).getMessage().contains("level 7"));
        Files.writeString(bad, "not json");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ProfileTemplate.load(bad)).getMessage()
                .contains("not a valid profile template"));
    }

    @Test
    void wordCountIgnoresMarkupLinkTargetsAndSourceMarkers() {
        assertEquals(0, WordCount.of(""));
        assertEquals(5, WordCount.of("## Title\n\n**Bold** and a [link](https://example.org/a-b-c) <!-- source:abc123 -->"));
        assertEquals(3, WordCount.of("- l'école\n- anti-discrimination 2026"));
    }
}
