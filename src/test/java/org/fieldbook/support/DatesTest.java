package org.fieldbook.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One way to write a date per language, whatever the system's locale: "Dec 5, 2026" and "5 déc. 2026". */
class DatesTest {
    @Test
    void oneDateFormatPerLanguage() {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            LocalDate d = LocalDate.of(2026, 12, 5);
            Texts en = Texts.of(Texts.WINDOW, Language.ENGLISH);
            Texts fr = Texts.of(Texts.WINDOW, Language.FRENCH);
            assertEquals("Dec 5, 2026", en.date(d));
            assertEquals("5 déc. 2026", fr.date(d));
            assertEquals("Saturday, Dec 5, 2026", en.day(d));
            assertEquals("samedi 5 déc. 2026", fr.day(d));
            String moment = en.dateTime("2026-12-05T09:30:00Z");
            assertTrue(moment.startsWith("Dec 5, 2026, ") || moment.startsWith("Dec 6, 2026, ") || moment.startsWith("Dec 4, 2026, "), moment);
            assertTrue(fr.dateTime("2026-12-05T09:30:00Z").contains(" déc. 2026 à "), fr.dateTime("2026-12-05T09:30:00Z"));
            assertEquals("not a date", en.dateTime("not a date"), "a stored text that is not a moment is shown as it is");
        } finally {
            Locale.setDefault(system);
        }
    }
}
