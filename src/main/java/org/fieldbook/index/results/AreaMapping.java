package org.fieldbook.index.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fieldbook.support.InputFiles;
import org.fieldbook.support.JsonMappers;

/**
 * Which areas of one edition compare with which of another, kept as data by the office
 * (JSON: {@code {"mappings": [{"from": Q1, "to": Q2, "areas": {"old_area": "new_area", "dropped_area": null}}]}}).
 * An area not listed keeps its id when the later edition has an area of that id; {@code null} marks an area with no
 * counterpart. Several old areas mapped to one new area compare through their mean.
 */
public record AreaMapping(List<Edge> mappings) {
    private static final ObjectMapper JSON = JsonMappers.plain(); // an unknown property is an error
    public static final String DEFAULT_RESOURCE = "/org/fieldbook/index/area-mapping-default.json";

    /** One pair of editions. */
    public record Edge(String from, String to, Map<String, String> areas) {
        public Edge {
            areas = areas == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(areas));
        }
    }

    public AreaMapping {
        mappings = mappings == null ? List.of() : List.copyOf(mappings);
    }

    public static AreaMapping defaults() {
        return parse(InputFiles.bundled(AreaMapping.class, DEFAULT_RESOURCE, "The default area mapping is missing"), "default area mapping");
    }

    public static AreaMapping parse(byte[] json, String source) {
        AreaMapping m;
        try {
            m = JSON.readValue(json, AreaMapping.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": not a valid area mapping: " + e.getMessage().lines().findFirst().orElse(""));
        }
        Set<String> pairs = new HashSet<>();
        for (Edge e : m.mappings()) {
            if (e.from() == null || e.to() == null || e.from().equals(e.to())) {
                throw new IllegalArgumentException(source + ": every mapping needs two different editions 'from' and 'to'");
            }
            if (!pairs.add(e.from() + "\u0000" + e.to())) {
                throw new IllegalArgumentException(source + ": two mappings from " + e.from() + " to " + e.to());
            }
            if (!org.fieldbook.store.FieldRule.SLUG.matcher(e.from()).matches() || !org.fieldbook.store.FieldRule.SLUG.matcher(e.to()).matches()) {
                throw new IllegalArgumentException(source + ": '" + e.from() + "' or '" + e.to() + "' is not a questionnaire id");
            }
            for (Map.Entry<String, String> a : e.areas().entrySet()) {
                if (!org.fieldbook.store.FieldRule.AREA.matcher(a.getKey()).matches()
                        || a.getValue() != null && !org.fieldbook.store.FieldRule.AREA.matcher(a.getValue()).matches()) {
                    throw new IllegalArgumentException(source + ": mapping " + e.from() + " to " + e.to() + ": '" + a.getKey()
                            + "' → '" + a.getValue() + "' is not a pair of area ids (lower-case letters, digits, '_')");
                }
            }
        }
        return m;
    }

    public Optional<Edge> edge(String from, String to) {
        return mappings.stream().filter(e -> e.from().equals(from) && e.to().equals(to)).findFirst();
    }

    /**
     * The rates of one edition expressed in the areas of another: {@code targetAreas} are the later edition's area
     * ids (null when its definition is unknown: then ids are kept as they are).
     */
    public Map<String, Double> translate(String from, String to, Map<String, Double> rates, Set<String> targetAreas) {
        if (from.equals(to)) {
            return rates;
        }
        Map<String, String> explicit = edge(from, to).map(Edge::areas).orElse(Map.of());
        Map<String, List<Double>> collected = new LinkedHashMap<>();
        rates.forEach((area, rate) -> {
            String target;
            if (explicit.containsKey(area)) {
                target = explicit.get(area);
            } else {
                target = targetAreas == null || targetAreas.contains(area) ? area : null;
            }
            if (target != null && rate != null) {
                collected.computeIfAbsent(target, k -> new ArrayList<>()).add(rate);
            }
        });
        Map<String, Double> out = new LinkedHashMap<>();
        collected.forEach((k, v) -> out.put(k, v.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
        return out;
    }

    public String toJson() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
