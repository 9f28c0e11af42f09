package org.fieldbook.index.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fieldbook.support.InputFiles;
import org.fieldbook.support.JsonMappers;

/** The office's definition of groups of similar cities (JSON: {@code {"groups": [GroupSpec…]}}). */
public record SampleGroups(List<GroupSpec> groups) {
    private static final ObjectMapper JSON = JsonMappers.plain(); // an unknown property is an error
    public static final String DEFAULT_RESOURCE = "/org/fieldbook/index/sample-groups-default.json";

    public SampleGroups {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    public static SampleGroups defaults() {
        return parse(InputFiles.bundled(SampleGroups.class, DEFAULT_RESOURCE, "The default sample groups are missing"), "default sample groups");
    }

    public static SampleGroups parse(byte[] json, String source) {
        SampleGroups g;
        try {
            g = JSON.readValue(json, SampleGroups.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": not a valid group definition: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        Set<String> ids = new HashSet<>();
        for (GroupSpec s : g.groups()) {
            problem(s).ifPresent(p -> {
                throw new IllegalArgumentException(source + ": " + p);
            });
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException(source + ": every group needs its own id, found '" + s.id() + "' twice");
            }
        }
        return g;
    }

    /** What is wrong with one group's definition, if anything. */
    static java.util.Optional<String> problem(GroupSpec s) {
        if (s.id() == null || !org.fieldbook.store.FieldRule.SLUG.matcher(s.id()).matches()) {
            return java.util.Optional.of("every group needs an id of letters, digits, '.', '_' or '-' (at most 100), found '" + s.id() + "'");
        }
        if (!List.of(GroupSpec.POPULATION, GroupSpec.FOREIGN_BORN, GroupSpec.COUNTRY).contains(s.dimension())) {
            return java.util.Optional.of("group " + s.id() + " needs a dimension (population, foreign_born, country)");
        }
        if (!GroupSpec.COUNTRY.equals(s.dimension()) && s.over() == null && s.upTo() == null) {
            return java.util.Optional.of("group " + s.id() + " needs 'over' or 'upTo'");
        }
        for (Double v : new Double[] {s.over(), s.upTo()}) {
            if (v != null && (!Double.isFinite(v) || v < 0 || v > 100_000_000)) {
                return java.util.Optional.of("group " + s.id() + ": 'over' and 'upTo' are between 0 and 100,000,000");
            }
        }
        if (s.over() != null && s.upTo() != null && s.upTo() <= s.over()) {
            return java.util.Optional.of("group " + s.id() + ": 'upTo' must be more than 'over'");
        }
        if (s.countries() != null && s.countries().stream().anyMatch(c -> c == null || c.isBlank() || c.contains(";"))) {
            return java.util.Optional.of("group " + s.id() + ": every country is a name, without ';'");
        }
        if (s.countries() != null && String.join(";", s.countries()).length() > 5000) {
            return java.util.Optional.of("group " + s.id() + ": the list of countries is longer than 5,000 characters");
        }
        return java.util.Optional.empty();
    }

    public String toJson() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
