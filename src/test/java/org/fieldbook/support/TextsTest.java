package org.fieldbook.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every bundle speaks the language asked for, whatever the operating system's: on a French (or German) system an
 * English window's inbox, INDEX screens and reports are English, and numbers are formatted in the language asked for.
 */
class TextsTest {
    private Locale system;

    @BeforeEach
    void remember() {
        system = Locale.getDefault();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(system);
    }

    @ParameterizedTest
    @ValueSource(strings = {Texts.WINDOW, Texts.INDEX, Texts.SYNC, Texts.PROFILE, Texts.PERSON})
    void theSystemsLanguageNeverLeaksIn(String bundle) {
        for (Locale os : List.of(Locale.FRANCE, Locale.GERMANY, Locale.ENGLISH)) {
            Locale.setDefault(os);
            Texts en = Texts.of(bundle, Language.ENGLISH);
            Texts fr = Texts.of(bundle, Language.FRENCH);
            Texts other = Texts.of(bundle, Locale.ITALIAN);
            // English is the base bundle (messages.properties), never the system's messages_fr
            assertEquals("", en.bundle().getLocale().getLanguage(), bundle + " on " + os);
            assertEquals("fr", fr.bundle().getLocale().getLanguage(), bundle + " on " + os);
            assertEquals(Language.ENGLISH, other.language());
            assertEquals("", other.bundle().getLocale().getLanguage(), bundle + " on " + os);
            // a text that differs between the two languages is the English one in English
            String differing = en.bundle().keySet().stream().filter(k -> !en.get(k).equals(fr.get(k))).findFirst().orElseThrow();
            assertNotEquals(fr.get(differing), en.get(differing), differing);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "en"})
    void numbersInFormattedTextsFollowTheLanguageAskedForNotTheSystem(String system) {
        Locale.setDefault(Locale.forLanguageTag(system));
        Texts en = Texts.of(Texts.WINDOW, Language.ENGLISH);
        String key = en.bundle().keySet().stream().filter(k -> en.get(k).contains("{0,number")
                || en.get(k).matches(".*\\{0(,choice[^}]*)?}.*")).findFirst().orElseThrow();
        String text = en.format(key, 12345);
        assertEquals(true, text.contains("12,345") || text.contains("12345"), key + ": " + text);
        assertEquals(false, text.contains("12.345") || text.contains("12\u00a0345") || text.contains("12\u202f345"), key + ": " + text);
    }
}
