package org.fieldbook.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.fieldbook.TestJson;

/**
 * Collects benchmark figures into {@code target/bench/results.json} ({"figures": {name: value}}) and prints
 * each one as a table row. Benchmarks are JUnit tests tagged "bench", run by {@code ./mvnw -B -Pbench verify}.
 */
public final class BenchResults {
    private static final ObjectMapper JSON = TestJson.MAPPER;
    private static final Path FILE = Path.of("target", "bench", "results.json");

    private BenchResults() {
    }

    /** Records one figure; {@code target} is the goal (for the printed table), or NaN when there is none. */
    public static synchronized void record(String name, double value, double target, boolean lowerIsBetter) {
        try {
            Files.createDirectories(FILE.getParent());
            ObjectNode root = Files.exists(FILE) ? (ObjectNode) JSON.readTree(FILE.toFile()) : JSON.createObjectNode();
            ObjectNode figures = root.has("figures") ? (ObjectNode) root.get("figures") : root.putObject("figures");
            figures.put(name, Math.round(value * 1000.0) / 1000.0);
            JSON.writerWithDefaultPrettyPrinter().writeValue(FILE.toFile(), root);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + FILE, e);
        }
        String verdict = Double.isNaN(target) ? "" : (lowerIsBetter ? value <= target : value >= target) ? "ok" : "MISSED";
        System.out.printf("BENCH | %-32s | %12.2f | target %s %-10s | %s%n", name, value, lowerIsBetter ? "<=" : ">=",
                Double.isNaN(target) ? "-" : String.valueOf(target), verdict);
    }

    /** Prints every figure recorded so far. */
    public static synchronized void printTable() throws IOException {
        if (!Files.exists(FILE)) {
            return;
        }
        ObjectNode figures = (ObjectNode) JSON.readTree(FILE.toFile()).get("figures");
        System.out.println("+----------------------------------+--------------+");
        for (Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it = figures.fields(); it.hasNext();) {
            var e = it.next();
            System.out.printf("| %-32s | %12s |%n", e.getKey(), e.getValue().asText());
        }
        System.out.println("+----------------------------------+--------------+");
    }
}
