package org.fieldbook.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.fieldbook.visit.VisitFinder.Query;
import org.fieldbook.visit.VisitFinder.Sort;
import org.junit.jupiter.api.Test;

class VisitFinderTest {
    private static VisitSummary v(String id, String city, String country, String start, VisitStatus status) {
        LocalDate d = LocalDate.parse(start);
        return new VisitSummary(id, city, country, d, d.plusDays(1), status, 0, 0, 0);
    }

    private final List<VisitSummary> visits = List.of(
            v("a", "Genève", "Suisse", "2025-05-01", VisitStatus.DONE),
            v("b", "Lisboa", "Portugal", "2026-03-01", VisitStatus.UNDER_WAY),
            v("c", "Łódź", "Polska", "2024-09-10", VisitStatus.DONE),
            v("d", "Geneva", "Switzerland", "2026-06-01", VisitStatus.PLANNED),
            v("e", "Oslo", "Norge", "2026-01-15", VisitStatus.PLANNED),
            v("f", "Gdańsk", "Polska", "2025-11-20", VisitStatus.UNDER_WAY));

    private static List<String> ids(List<VisitSummary> list) {
        return list.stream().map(VisitSummary::id).toList();
    }

    @Test
    void accentsAndCaseAreFoldedInCityAndCountry() {
        VisitFinder f = new VisitFinder(visits);
        assertEquals(List.of("a"), ids(f.apply(new Query("geneve", null, null, null))));
        assertEquals(List.of("a"), ids(f.apply(new Query("  GENÈVE ", null, null, null))));
        assertEquals(List.of("c"), ids(f.apply(new Query("lodz", null, null, null))));
        // the country matches too, and every word must be found in the city or the country
        assertEquals(List.of("f", "c"), ids(f.apply(new Query("polska", null, null, null))));
        assertEquals(List.of("f"), ids(f.apply(new Query("gdansk polska", null, null, null))));
        assertEquals(List.of("d", "a"), ids(f.apply(new Query("gene", null, null, null))));
        assertEquals(List.of(), ids(f.apply(new Query("zurich", null, null, null))));
        assertEquals("geneve lodz", VisitFinder.fold("Genève Łódź"));
    }

    @Test
    void yearAndStatusNarrowTheList() {
        VisitFinder f = new VisitFinder(visits);
        assertEquals(List.of("d", "b", "e"), ids(f.apply(new Query("", 2026, null, null))));
        assertEquals(List.of("d", "e"), ids(f.apply(new Query("", 2026, VisitStatus.PLANNED, null))));
        assertEquals(List.of("a", "c"), ids(f.apply(new Query("", null, VisitStatus.DONE, null))));
        assertEquals(List.of("a"), ids(f.apply(new Query("suisse", null, VisitStatus.DONE, null))));
        assertEquals(List.of(), ids(f.apply(new Query("oslo", 2025, null, null))));
        assertEquals(List.of(2026, 2025, 2024), f.years());
        assertEquals(List.of(VisitStatus.PLANNED, VisitStatus.UNDER_WAY, VisitStatus.DONE), f.statuses());
        assertEquals(List.of(VisitStatus.PLANNED), new VisitFinder(visits.subList(3, 5)).statuses());
        assertFalse(Query.ALL.filters());
        assertTrue(new Query("", 2026, null, null).filters());
    }

    @Test
    void sortsNewestByCityAndByCountry() {
        VisitFinder f = new VisitFinder(visits);
        assertEquals(List.of("d", "b", "e", "f", "a", "c"), ids(f.apply(Query.ALL)));
        // City A–Z with accents folded: Gdańsk, Geneva, Genève, Lisboa, Łódź, Oslo
        assertEquals(List.of("f", "d", "a", "b", "c", "e"), ids(f.apply(new Query("", null, null, Sort.CITY))));
        // Country, then city: Norge, Polska (Gdańsk, Łódź), Portugal, Suisse, Switzerland
        assertEquals(List.of("e", "f", "c", "b", "a", "d"), ids(f.apply(new Query("", null, null, Sort.COUNTRY))));
    }

    @Test
    void theCountUnderTheFiltersHasRealPluralsInEnglishAndFrench() {
        org.fieldbook.support.ui.I18n en = new org.fieldbook.support.ui.I18n(java.util.Locale.ENGLISH);
        org.fieldbook.support.ui.I18n fr = new org.fieldbook.support.ui.I18n(java.util.Locale.FRENCH);
        assertEquals("12 of 600 visits", en.t("sidebar.shown", 12, 600));
        assertEquals("1 of 1 visit", en.t("sidebar.shown", 1, 1));
        assertEquals("0 of 1,000 visits", en.t("sidebar.shown", 0, 1000));
        assertEquals("600 visits", en.t("sidebar.total", 600));
        assertEquals("1 visit", en.t("sidebar.total", 1));
        assertEquals("No visits", en.t("sidebar.total", 0));
        assertEquals("12 visites sur 600", fr.t("sidebar.shown", 12, 600));
        assertEquals("1 visite sur 600", fr.t("sidebar.shown", 1, 600));
        assertEquals("0 visite sur 600", fr.t("sidebar.shown", 0, 600));
        assertEquals("1\u202f000 visites", fr.t("sidebar.total", 1000).replace('\u00a0', '\u202f'));
        assertEquals("Aucune visite", fr.t("sidebar.total", 0));
    }

    @Test
    void typeAheadFindsTheNextCityStartingWithTheLetters() {
        List<VisitSummary> shown = new VisitFinder(visits).apply(new Query("", null, null, Sort.CITY));
        // Gdańsk, Geneva, Genève, Lisboa, Łódź, Oslo
        assertEquals(0, VisitFinder.typeAhead(shown, "g", 0));
        assertEquals(1, VisitFinder.typeAhead(shown, "g", 1));
        assertEquals(1, VisitFinder.typeAhead(shown, "ge", 0));
        assertEquals(2, VisitFinder.typeAhead(shown, "genè", 2));
        assertEquals(0, VisitFinder.typeAhead(shown, "g", 3), "wraps round to the top");
        assertEquals(4, VisitFinder.typeAhead(shown, "lo", 0), "Łódź is found by l-o");
        assertEquals(2, VisitFinder.typeAhead(shown, "ggg", 2), "a repeated letter steps through that letter");
        assertEquals(-1, VisitFinder.typeAhead(shown, "x", 0));
        assertEquals(-1, VisitFinder.typeAhead(List.of(), "g", 0));
    }
}
