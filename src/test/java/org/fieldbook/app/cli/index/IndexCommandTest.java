package org.fieldbook.app.cli.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fieldbook.TestJson;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.app.cli.CliRun;
import org.fieldbook.index.IndexDemo;
import org.fieldbook.index.TestDefinitions;
import org.fieldbook.index.verify.VerificationStatus;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index commands end to end on a workspace folder. */
class IndexCommandTest {
    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.in(dir.resolve("ws"), args);
    }

    private String demoVisit() {
        try (Services s = TestWorkspace.open(dir.resolve("ws"))) {
            Visit v = TestWorkspace.visit(s, "Demoville");
            IndexDemo.populate(s.index(), s.notes(), v.id());
            return v.id();
        }
    }

    @Test
    void scoreJsonHasTheDocumentedShape() throws Exception {
        String visit = demoVisit();
        CliRun r = run("index", "score", "--visit", visit, "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = TestJson.tree(r.out());
        assertEquals("icc-index-revised-sample-1", j.get("questionnaire").asText());
        assertEquals(17, j.get("areas").size());
        JsonNode first = j.get("areas").get(0);
        for (String f : new String[] {"id", "weight", "optional", "counted", "self", "verified"}) {
            assertTrue(first.has(f), f);
        }
        for (String f : new String[] {"points", "max", "rate"}) {
            assertTrue(first.get("self").has(f) && first.get("verified").has(f), f);
        }
        assertTrue(j.get("overall").get("self").isNumber());
        assertTrue(j.get("overall").get("verified").asDouble() < j.get("overall").get("self").asDouble(),
                "the demo corrections lower the verified index");
        assertTrue(j.get("overall").has("rank"), "the demo sample has a distribution");
    }

    @Test
    void templateImportShowAndExport() throws Exception {
        String visit = demoVisit();
        Path xlsx = dir.resolve("t.xlsx");
        CliRun t = run("--lang", "fr", "index", "template", "--out", xlsx.toString());
        assertEquals(0, t.code(), t.err());
        assertTrue(Files.size(xlsx) > 5000);
        CliRun show = run("index", "show", "--json");
        assertEquals(0, show.code());
        assertEquals(17, TestJson.tree(show.out()).get("areas").size());
        Path export = dir.resolve("export.xlsx");
        CliRun e = run("index", "export", "--visit", visit, "--out", export.toString());
        assertEquals(0, e.code(), e.err());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(export))) {
            XSSFSheet table = wb.getSheetAt(0);
            assertEquals(1 + 58, table.getPhysicalNumberOfRows(), "a row per question");
            XSSFSheet summary = wb.getSheetAt(1);
            assertEquals(1, summary.getDrawingPatriarch().getCharts().size(), "a native chart");
            assertEquals(3, summary.getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0).getSeriesCount(),
                    "self, verified and sample mean");
            boolean corrected = false;
            for (var row : table) {
                var status = row.getCell(5);
                if (status != null && status.getStringCellValue().equals("Corrected")) {
                    corrected = true;
                    assertFalse(row.getCell(4).getStringCellValue().isBlank(), "a corrected row shows the verified answer");
                    assertTrue(row.getCell(7).getStringCellValue().startsWith("note: "), "and its linked note");
                }
            }
            assertTrue(corrected);
        }
        assertTrue(VerificationStatus.CORRECTED.checked());
    }

    @Test
    void mistakesAreOneLineErrors() throws Exception {
        String visit = demoVisit();
        Path json = dir.resolve("q.json");
        Files.write(json, TestDefinitions.tinyBytes());
        assertEquals(0, run("index", "load", json.toString()).code());
        Path changed = dir.resolve("q2.json");
        Files.writeString(changed, new String(TestDefinitions.tinyBytes(), StandardCharsets.UTF_8).replace("A formal statement?", "Changed?"));
        CliRun conflict = run("index", "load", changed.toString());
        assertEquals(1, conflict.code());
        assertTrue(conflict.err().contains("already loaded with different content"), conflict.err());
        assertEquals(1, conflict.err().strip().lines().count(), conflict.err());
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"questionnaire\": \"tiny-1\", \"answers\": [{\"question\": \"a1\", \"value\": \"maybe\"}]}");
        CliRun imp = run("index", "import-answers", "--visit", visit, bad.toString());
        assertEquals(1, imp.code());
        assertTrue(imp.err().contains("question a1") && imp.err().contains("unknown option 'maybe'"), imp.err());
        CliRun noVisit = run("index", "score", "--visit", "nope", "--json");
        assertEquals(1, noVisit.code());
        assertTrue(noVisit.err().contains("no visit with id nope"));
        Path sample = Path.of("assets/demo/sample-statistics-demo.json");
        CliRun sl = run("index", "sample", "load", sample.toString());
        assertEquals(0, sl.code(), sl.err());
        assertTrue(sl.out().contains("FICTIONAL"));
    }
}
