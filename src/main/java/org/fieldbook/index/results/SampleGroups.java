package org.fieldbook.index.results;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The office's definition of groups of similar cities (JSON: {@code {"groups": [GroupSpec…]}}). */
public record SampleGroups(List<GroupSpec> groups) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    public static final String DEFAULT_RESOURCE = "/org/fieldbook/index/sample-groups-default.json";

    public SampleGroups {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    public static SampleGroups defaults() {
        try (InputStream in = SampleGroups.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return parse(in.readAllBytes(), "default sample groups");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("The default sample groups are missing", e);
        }
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
            if (s.id() == null || s.id().isBlank() || s.id().contains(":") || !ids.add(s.id())) {
                throw new IllegalArgumentException(source + ": every group needs its own id (without ':'), found '" + s.id() + "'");
            }
            if (!List.of(GroupSpec.POPULATION, GroupSpec.FOREIGN_BORN, GroupSpec.COUNTRY).contains(s.dimension())) {
                throw new IllegalArgumentException(source + ": group " + s.id() + " needs a dimension (population, foreign_born, country)");
            }
            if (!GroupSpec.COUNTRY.equals(s.dimension()) && s.over() == null && s.upTo() == null) {
                throw new IllegalArgumentException(source + ": group " + s.id() + " needs 'over' or 'upTo'");
            }
            if (s.over() != null && s.upTo() != null && s.upTo() <= s.over()) {
                throw new IllegalArgumentException(source + ": group " + s.id() + ": 'upTo' must be more than 'over'");
            }
        }
        return g;
    }

    public String toJson() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
