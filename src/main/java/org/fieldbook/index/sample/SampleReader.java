package org.fieldbook.index.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldbook.support.InputFiles;
import org.fieldbook.support.JsonMappers;

/**
 * Reads sample statistics from JSON (the {@link SampleStatistics} shape) or CSV with the header
 * {@code group,dimension,label_en,label_fr,population_min,population_max,foreign_born_min,foreign_born_max,area,mean,max,count}
 * where {@code area} is an area id or {@code overall}; CSV carries no distribution (use JSON for ranking).
 */
public final class SampleReader {
    private static final ObjectMapper JSON = JsonMappers.plain(); // an unknown property is an error
    private static final Set<String> DIMENSIONS = Set.of(SampleGroup.ALL, SampleGroup.POPULATION, SampleGroup.DIVERSITY);
    public static final String DEMO_RESOURCE = "/org/fieldbook/index/sample-statistics-demo.json";

    private SampleReader() {
    }

    public static SampleStatistics read(Path file) {
        byte[] bytes = InputFiles.readAll(file);
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? csv(new String(bytes, StandardCharsets.UTF_8), name)
                : json(bytes, name);
    }

    public static SampleStatistics demo() {
        return json(InputFiles.bundled(SampleReader.class, DEMO_RESOURCE, "The demo sample statistics are missing"), "demo sample statistics");
    }

    public static SampleStatistics json(byte[] bytes, String source) {
        SampleStatistics s;
        try {
            s = JSON.readValue(bytes, SampleStatistics.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": not valid sample statistics JSON: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        check(s, source);
        return s;
    }

    public static SampleStatistics csv(String text, String source) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty() || !lines.get(0).trim().startsWith("group,dimension")) {
            throw new IllegalArgumentException(source + ": expected a CSV header starting with 'group,dimension'");
        }
        Map<String, SampleGroup> groups = new LinkedHashMap<>();
        Map<String, Map<String, Stat>> areas = new LinkedHashMap<>();
        Map<String, Stat> overall = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",", -1);
            if (f.length != 12) {
                throw new IllegalArgumentException(source + ": line " + (i + 1) + " has " + f.length + " fields, expected 12");
            }
            try {
                String g = f[0].trim();
                Stat stat = new Stat(Double.parseDouble(f[9].trim()), Double.parseDouble(f[10].trim()), Integer.parseInt(f[11].trim()));
                groups.putIfAbsent(g, new SampleGroup(g, f[1].trim(), Map.of("en", f[2].trim(), "fr", f[3].trim()),
                        num(f[4]), num(f[5]), num(f[6]), num(f[7]), null, null, null));
                if (f[8].trim().equals("overall")) {
                    overall.put(g, stat);
                } else {
                    areas.computeIfAbsent(g, k -> new LinkedHashMap<>()).put(f[8].trim(), stat);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + ": line " + (i + 1) + " has a number that cannot be read: " + e.getMessage());
            }
        }
        List<SampleGroup> out = new ArrayList<>();
        for (SampleGroup g : groups.values()) {
            out.add(new SampleGroup(g.id(), g.dimension(), g.label(), g.populationMin(), g.populationMax(), g.foreignBornMin(),
                    g.foreignBornMax(), overall.get(g.id()), areas.get(g.id()), null));
        }
        SampleStatistics s = new SampleStatistics(source, false, Map.of(), out);
        check(s, source);
        return s;
    }

    private static Double num(String s) {
        return s.isBlank() ? null : Double.valueOf(s.trim());
    }

    private static void check(SampleStatistics s, String source) {
        if (s.id() == null || s.id().isBlank()) {
            throw new IllegalArgumentException(source + ": sample statistics need an id");
        }
        if (s.groups().isEmpty()) {
            throw new IllegalArgumentException(source + ": no groups");
        }
        for (SampleGroup g : s.groups()) {
            if (g.id() == null || g.dimension() == null || !DIMENSIONS.contains(g.dimension())) {
                throw new IllegalArgumentException(source + ": group " + g.id() + " needs a dimension (all, population, diversity)");
            }
            for (Map.Entry<String, Stat> e : g.areas().entrySet()) {
                Stat st = e.getValue();
                if (st.mean() < 0 || st.mean() > 100 || st.max() < 0 || st.max() > 100 || st.count() < 0) {
                    throw new IllegalArgumentException(source + ": group " + g.id() + ", area " + e.getKey()
                            + ": mean and max must be 0–100 and count not negative");
                }
            }
        }
    }

    /** The canonical text of sample statistics (sorted keys, fixed number forms): the same in every workspace. */
    public static String toJson(SampleStatistics s) {
        return org.fieldbook.support.CanonicalJson.write(s);
    }
}
