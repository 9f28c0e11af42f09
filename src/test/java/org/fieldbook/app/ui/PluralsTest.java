package org.fieldbook.app.ui;

import org.fieldbook.support.ui.I18n;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Counts read as real plurals in both languages ("1 meeting", "1 réunion", "0 note" in French). */
class PluralsTest {
    private final I18n en = new I18n(Locale.ENGLISH);
    private final I18n fr = new I18n(Locale.FRENCH);

    @Test
    void sidebarCounts() {
        assertEquals("1 meeting · 0 notes", en.t("sidebar.counts", 1, 0));
        assertEquals("2 meetings · 1 note", en.t("sidebar.counts", 2, 1));
        assertEquals("1 réunion · 0 note", fr.t("sidebar.counts", 1, 0));
        assertEquals("16 réunions · 129 notes", fr.t("sidebar.counts", 16, 129));
    }

    @Test
    void visitDeletionAndErasure() {
        assertEquals("Its 1 meeting and 3 notes go with it. Undo brings it back at once; later, restore it from the Trash.",
                en.t("visit.delete.text", 1, 3));
        assertEquals("Erase Ana everywhere? 1 place holds their data:", en.t("person.erase.header", "Ana", 1));
        assertEquals("Effacer Ana partout ? 4 emplacements contiennent ses données :", fr.t("person.erase.header", "Ana", 4));
        assertEquals("Personal data erased: 1 value changed, no backup rewritten.", en.t("person.erase.done", 1, 0));
    }
}
