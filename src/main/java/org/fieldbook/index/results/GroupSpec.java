package org.fieldbook.index.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldbook.index.definition.Texts;

/**
 * A group of similar cities, defined by the office as data. {@code dimension} is {@code population} (inhabitants),
 * {@code foreign_born} (percent of the population) or {@code country}. Numeric groups hold the cities whose value is
 * more than {@code over} (when given) and at most {@code upTo} (when given): "more than 200,000 inhabitants" is
 * {@code over: 200000}. A country group lists {@code countries} (a region, say), or, with no list, means "the
 * city's own country" and yields one group per country. A city whose fact is unknown fits no group of that dimension.
 * A label may hold {0}, replaced by the country.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupSpec(String id, String dimension, Map<String, String> label, Double over, Double upTo,
                        List<String> countries) {
    public static final String POPULATION = "population";
    public static final String FOREIGN_BORN = "foreign_born";
    public static final String COUNTRY = "country";

    public GroupSpec {
        label = label == null ? Map.of() : Map.copyOf(label);
        countries = countries == null ? null : List.copyOf(countries);
    }

    /** Whether one group per country is meant (the city's own country). */
    public boolean perCountry() {
        return COUNTRY.equals(dimension) && (countries == null || countries.isEmpty());
    }

    /** Whether a city with these facts belongs to the group (for a per-country group: to its own country's group). */
    public boolean fits(Long population, Double foreignBornPct, String country) {
        return switch (dimension) {
            case POPULATION -> population != null && within(population.doubleValue());
            case FOREIGN_BORN -> foreignBornPct != null && within(foreignBornPct);
            case COUNTRY -> country != null && !country.isBlank()
                    && (perCountry() || countries.stream().anyMatch(c -> c.equalsIgnoreCase(country.trim())));
            default -> false;
        };
    }

    private boolean within(double v) {
        return (over == null || v > over) && (upTo == null || v <= upTo);
    }

    /** The key of the group a city falls in: the id, or "id:COUNTRY" for a per-country group. */
    public String keyFor(String country) {
        return perCountry() ? id + ":" + country.trim().toUpperCase(Locale.ROOT) : id;
    }

    public String label(String language, String country) {
        String l = Texts.pick(label, language);
        if (l.isEmpty()) {
            l = id;
        }
        return l.replace("{0}", country == null ? "" : country);
    }
}
