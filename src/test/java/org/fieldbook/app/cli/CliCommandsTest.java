package org.fieldbook.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fieldbook.TestJson;
import org.fieldbook.app.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliCommandsTest {
    private static final ObjectMapper JSON = TestJson.MAPPER;

    @TempDir
    Path dir;

    private String data;

    @BeforeEach
    void setUp() {
        data = dir.resolve("ws").toString();
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data", data));
        if (org.fieldbook.TestEngine.postgres()) {
            all.addAll(List.of("--db", org.fieldbook.PgTestServer.forFolder(Path.of(data)).toString()));
        }
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    private String demo() {
        CliRun demo = run("demo");
        assertEquals(0, demo.code(), demo.err());
        String id = demo.out().lines().findFirst().orElseThrow().trim();
        assertTrue(id.matches("[0-9a-f-]{36}"), id);
        assertTrue(demo.out().contains("meetings") && demo.out().contains("notes"), demo.out());
        return id;
    }

    @Test
    void everyCommandAnswersHelpWithoutItsRequiredOptions() {
        for (String[] cmd : List.of(new String[] {"init"}, new String[] {"index", "score"}, new String[] {"export"},
                new String[] {"key", "import-office"}, new String[] {"report"})) {
            List<String> args = new ArrayList<>(List.of(cmd));
            args.add("--help");
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(0, r.code(), String.join(" ", cmd) + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: fieldbook " + String.join(" ", cmd)), r.out());
        }
    }

    @Test
    void initRecordsTheIdentity() {
        CliRun r = run("init", "--name", "Ana Ruiz", "--role", "expert");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Ana Ruiz"));
        try (Services s = org.fieldbook.TestEngine.open(Path.of(data), System::currentTimeMillis)) {
            assertEquals("Ana Ruiz", s.store().identity().name());
        }
        CliRun bad = run("init", "--name", "Ana", "--role", "mayor");
        assertEquals(1, bad.code());
        assertTrue(bad.oneLineError(), bad.err());
        assertTrue(bad.err().contains("mayor"));
    }

    @Test
    void visitsJsonHasTheDocumentedShapeAndCounts() throws Exception {
        CliRun empty = run("visits", "--json");
        assertEquals(0, empty.code());
        assertEquals(0, JSON.readTree(empty.out()).size());
        String id = demo();
        JsonNode visits = JSON.readTree(run("visits", "--json").out());
        assertEquals(1, visits.size());
        JsonNode v = visits.get(0);
        assertEquals(List.of("id", "city", "country", "start", "end", "status", "meetings", "stakeholders", "notes"), fields(v));
        assertEquals(id, v.get("id").asText());
        assertTrue(v.get("meetings").asInt() >= 15 && v.get("stakeholders").asInt() >= 25 && v.get("notes").asInt() >= 120);
        assertTrue(v.get("start").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
        CliRun plain = run("visits");
        assertTrue(plain.out().contains(id) && plain.out().contains("Vellmar"), plain.out());
    }

    @Test
    void notesJsonHasTheDocumentedShape() throws Exception {
        String id = demo();
        CliRun r = run("notes", "--visit", id, "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode notes = JSON.readTree(r.out());
        assertTrue(notes.size() >= 120);
        int withAttachments = 0;
        for (JsonNode n : notes) {
            assertEquals(List.of("id", "meeting", "kind", "areas", "text", "attachments"), fields(n));
            assertTrue(n.get("areas").isArray() && n.get("areas").size() >= 1);
            assertTrue(n.get("attachments").isArray());
            if (n.get("attachments").size() > 0) {
                withAttachments++;
                assertEquals(64, n.get("attachments").get(0).get("sha256").asText().length());
            }
        }
        assertTrue(withAttachments >= 3);
        assertTrue(notes.findValues("meeting").stream().anyMatch(JsonNode::isNull), "some notes are on the visit itself");
    }

    @Test
    void searchJsonIsRankedWithMarkdownHighlights() throws Exception {
        String id = demo();
        CliRun r = run("search", "tanneries", "--visit", id, "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode hits = JSON.readTree(r.out());
        assertTrue(hits.size() >= 3);
        double previous = Double.MAX_VALUE;
        List<String> types = new ArrayList<>();
        for (JsonNode h : hits) {
            assertEquals(List.of("type", "id", "visit", "title", "snippet", "score"), fields(h));
            assertTrue(h.get("snippet").asText().toLowerCase().contains("**tanneries**"), h.get("snippet").asText());
            assertFalse(h.get("snippet").asText().contains("\u0002"));
            assertTrue(h.get("score").asDouble() <= previous, "best first");
            previous = h.get("score").asDouble();
            types.add(h.get("type").asText());
        }
        assertTrue(types.containsAll(List.of("note", "meeting", "stakeholder")), types.toString());

        JsonNode byArea = JSON.readTree(run("search", "tanneries", "--area", "neighbourhoods", "--limit", "2", "--json").out());
        assertTrue(byArea.size() >= 1 && byArea.size() <= 2);
        byArea.forEach(h -> assertEquals("note", h.get("type").asText()));
        java.util.Map<String, JsonNode> notes = new java.util.HashMap<>();
        JSON.readTree(run("notes", "--visit", id, "--json").out()).forEach(n -> notes.put(n.get("id").asText(), n));
        JsonNode concerns = JSON.readTree(run("search", "the", "--kind", "concern", "--json").out());
        assertFalse(concerns.isEmpty());
        concerns.forEach(h -> assertEquals("concern", notes.get(h.get("id").asText()).get("kind").asText()));
        byArea.forEach(h -> assertTrue(notes.get(h.get("id").asText()).get("areas").toString().contains("neighbourhoods")));

        CliRun plain = run("search", "Hélène");
        assertEquals(0, plain.code());
        assertTrue(plain.out().contains("**Hélène**"), plain.out());
        assertTrue(run("search", "zzzzqqq").out().contains("No results"));
    }

    @Test
    void userMistakesExitOneWithOneLine() {
        demo();
        for (String[] args : List.of(new String[] {"notes", "--visit", "nope"}, new String[] {"search", "x", "--visit", "nope"},
                new String[] {"search", "x", "--area", "nowhere"}, new String[] {"search", "x", "--kind", "gossip"},
                new String[] {"search", "x", "--limit", "0"})) {
            CliRun r = run(args);
            assertEquals(1, r.code(), String.join(" ", args));
            assertTrue(r.oneLineError(), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void usageErrorsExitTwoWithOneLine() {
        for (String[] args : List.of(new String[] {"search"}, new String[] {"notes"}, new String[] {"visits", "--bogus"},
                new String[] {"search", "x", "--limit", "many"}, new String[] {"frobnicate"})) {
            CliRun r = run(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.oneLineError(), r.err());
        }
    }

    @Test
    void lockedOrDamagedWorkspaceIsOneLineExitOne() throws Exception {
        // a folder's lock and a damaged database file: there is no such thing on a database server
        org.junit.jupiter.api.Assumptions.assumeFalse(org.fieldbook.TestEngine.postgres());
        try (Services open = Services.open(Path.of(data))) {
            CliRun r = run("visits", "--json");
            assertEquals(1, r.code());
            assertTrue(r.oneLineError(), r.err());
            assertTrue(r.err().contains("already open"), r.err());
        }
        Path other = dir.resolve("damaged");
        Files.createDirectories(other);
        Files.writeString(other.resolve("fieldbook.db"), "this is not a database at all, just some text ".repeat(200));
        CliRun r = CliRun.of("--data", other.toString(), "visits");
        assertEquals(1, r.code());
        assertTrue(r.oneLineError(), r.err());
    }

    @Test
    void helpListsTheCommands() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.code());
        for (String cmd : List.of("init", "visits", "notes", "search", "demo")) {
            assertTrue(r.out().contains(cmd), cmd);
        }
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
