package org.fieldbook.support.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class I18nTest {
    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = I18n.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndFrenchHaveTheSameKeys() throws Exception {
        assertEquals(load("messages.properties").keySet(), load("messages_fr.properties").keySet());
    }

    @Test
    void frenchIsFrenchAndAnythingElseIsEnglish() {
        assertEquals("Corbeille", new I18n(Locale.FRENCH).t("trash.title"));
        assertEquals("Corbeille", new I18n(Locale.CANADA_FRENCH).t("trash.title"));
        assertEquals("Trash", new I18n(Locale.GERMAN).t("trash.title"));
        assertEquals(Locale.ENGLISH.getLanguage(), new I18n(Locale.GERMAN).locale().getLanguage());
    }

    @Test
    void everyFormattedStringFormatsInBothLanguages() throws Exception {
        for (Locale l : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            I18n i18n = new I18n(l);
            for (String key : i18n.bundle().keySet()) {
                if (i18n.bundle().getString(key).contains("{0")) {
                    String text = i18n.t(key, 2, 3);
                    assertTrue(!text.contains("{0") && !text.contains("{1"), key + " in " + l + ": " + text);
                }
            }
        }
        assertEquals("La visite n’a pas pu être chargée : x", new I18n(Locale.FRENCH).t("visit.loadFailed", "x"));
    }
}
