package org.fieldbook.visit;

/**
 * A member or candidate city. Shares are percentages (0–100); null when unknown. {@code revision} is the stored
 * revision it was read at (0: not read from the store).
 */
public record City(String id, String name, String country, Long population, Double foreignBornPct,
                   Double foreignResidentsPct, Double minoritiesPct, String languages, String context, long revision) {
    /** A city not read from the store (revision 0). */
    public City(String id, String name, String country, Long population, Double foreignBornPct,
                Double foreignResidentsPct, Double minoritiesPct, String languages, String context) {
        this(id, name, country, population, foreignBornPct, foreignResidentsPct, minoritiesPct, languages, context, 0);
    }

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
        return new City(newId, name, country, population, foreignBornPct, foreignResidentsPct, minoritiesPct, languages, context,
                revision);
    }

    public City withRevision(long newRevision) {
        return new City(id, name, country, population, foreignBornPct, foreignResidentsPct, minoritiesPct, languages, context,
                newRevision);
    }
}
