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
        // "École-s" is the word "École" then "s" (a hyphen splits words, as in the index): École is marked there too
        assertEquals("L'[École] et la [médiathèque], pas la [médiation]? [École]-s, écoles, [MED]", show(sn.excerptOf(
                "L'École et la médiathèque, pas la médiation? École-s, écoles, MED", 16)));
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
        assertEquals("[Port] authority, [port]", show(sn.excerpt(16, "Ana", "Port of call", "Port authority, port")));
        assertEquals("[Port] authority", show(sn.excerpt(16, "Ana", null, "Port authority")));
        assertEquals("Portal and passport", show(sn.excerpt(16, "Portal and passport")), "no prefix: 'port' is not in 'Portal'");
        assertEquals("Ana", sn.excerpt(16, "Ana", "Club"));
    }
}
