package org.fieldbook.index.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The comparison screen's group names say one city, several cities, in the screen's language (was "(1 villes)"). */
class GroupLabelPluralTest {
    @Test
    void groupSizesAreRealPluralsInBothLanguages() {
        org.fieldbook.support.Texts fr = org.fieldbook.support.Texts.of(org.fieldbook.support.Texts.INDEX, "fr");
        org.fieldbook.support.Texts en = org.fieldbook.support.Texts.of(org.fieldbook.support.Texts.INDEX, "en");
        assertEquals("toutes les villes (1 ville)", fr.format("cmp.groupItem", "toutes les villes", 1));
        assertEquals("toutes les villes (38 villes)", fr.format("cmp.groupItem", "toutes les villes", 38));
        assertEquals("Over 200,000 (1 city)", en.format("cmp.groupItem", "Over 200,000", 1));
        assertEquals("Over 200,000 (1200 cities)".replace("1200", new java.text.DecimalFormat("#,##0",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ENGLISH)).format(1200)),
                en.format("cmp.groupItem", "Over 200,000", 1200));
        assertEquals("aucune ville", fr.format("cmp.groupItem", "x", 0).replaceAll("^x \\((.*)\\)$", "$1"));
    }
}
