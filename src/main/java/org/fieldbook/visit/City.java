package org.fieldbook.visit;

/** A member or candidate city. Shares are percentages (0–100); null when unknown. */
public record City(String id, String name, String country, Long population, Double foreignBornPct,
                   Double foreignResidentsPct, Double minoritiesPct, String languages, String context) {
    public City {
        name = name == null ? "" : name.trim();
        country = country == null ? "" : country.trim();
        languages = languages == null ? "" : languages;
        context = context == null ? "" : context;
    }

    public static City named(String name, String country) {
        return new City(null, name, country, null, null, null, null, "", "");
    }

    public City withId(String newId) {
        return new City(newId, name, country, population, foreignBornPct, foreignResidentsPct, minoritiesPct, languages, context);
    }
}
