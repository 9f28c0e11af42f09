package org.fieldbook.app.cli.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.fieldbook.TestJson;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.index.PastResults;
import org.fieldbook.app.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code index results|compare|progress|sample show|groups|mapping} end to end, and one rank in every output. */
class IndexResultsCommandTest {
    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.in(dir.resolve("ws"), args);
    }

    /** A demo visit to Demoville (250,000 inhabitants, 12% foreign-born) and three other cities' results imported. */
    private String office() throws Exception {
        String visit;
        double verified;
        try (Services s = TestWorkspace.open(dir.resolve("ws"))) {
            visit = PastResults.demoville(s).id();
            verified = s.index().assessments().require(visit).score().overallVerified();
        }
        PastResults.csv(dir.resolve("past.csv"), new Object[][] {{"Above", 400_000, 20, verified + 10, "2023"},
                {"Below", 300_000, 5, verified - 10, "2023"}, {"Lower", 90_000, 30, verified - 20, "2022"},
                {"Demoville", 250_000, 12, verified - 15, "2019"}});
        return visit;
    }

    @Test
    void importListCompareProgressAndExport() throws Exception {
        String visit = office();
        CliRun imp = run("index", "results", "import", dir.resolve("past.csv").toString());
        assertEquals(0, imp.code(), imp.err());
        assertEquals("Imported 4 results (1 editions); 3 new cities", imp.out().strip(), "Demoville is matched by name and country");

        CliRun list = run("index", "results", "list", "--json");
        assertEquals(0, list.code(), list.err());
        JsonNode rs = TestJson.tree(list.out());
        assertEquals(5, rs.size(), "four imported and the visit's own");

        CliRun cmp = run("index", "compare", "--visit", visit, "--json");
        assertEquals(0, cmp.code(), cmp.err());
        JsonNode j = TestJson.tree(cmp.out());
        assertEquals("results", j.get("source").asText());
        JsonNode all = j.get("groups").get(0);
        assertEquals("all", all.get("id").asText());
        assertEquals(4, all.get("count").asInt(), "Demoville counts once, with this visit (its 2019 result is older)");
        assertEquals(2, all.get("overall").get("rank").asInt(), "only Above is higher");
        assertEquals(4, all.get("overall").get("outOf").asInt());
        assertEquals("[all, population_over_200000, foreign_born_up_to_15, country:TESTLAND]",
                java.util.stream.StreamSupport.stream(j.get("groups").spliterator(), false).map(g -> g.get("id").asText()).toList().toString());
        JsonNode big = j.get("groups").get(1);
        assertEquals(3, big.get("overall").get("outOf").asInt(), "Above, Below and Demoville are over 200,000");
        assertTrue(all.get("areas").get("commitment").has("median"));
        assertTrue(all.get("lens").get("rank").asInt() >= 1);

        CliRun text = run("index", "compare", "--visit", visit);
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("2nd of 4"), text.out());

        CliRun score = run("index", "score", "--visit", visit, "--json");
        JsonNode sj = TestJson.tree(score.out());
        assertEquals(2, sj.get("overall").get("rank").asInt(), "the score command ranks the same way");
        assertEquals(4, sj.get("overall").get("rankOutOf").asInt());

        Path xlsx = dir.resolve("verification.xlsx");
        assertEquals(0, run("index", "export", "--visit", visit, "--out", xlsx.toString()).code());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            boolean found = false;
            for (Row row : wb.getSheetAt(1)) {
                for (Cell cell : row) {
                    found |= cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals("rank 2 of 4 in the sample");
                }
            }
            assertTrue(found, "the workbook shows the same rank");
        }

        Path docx = dir.resolve("profile.docx");
        CliRun rep = run("report", "--visit", visit, "--out", docx.toString());
        assertEquals(0, rep.code(), rep.err());
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            String body = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertTrue(body.contains("The city ranks 2 of 4 cities in the sample (verified ICC Index)."), body);
        }

        String cityId = null;
        for (JsonNode r : rs) {
            if (!r.get("visit").isNull()) {
                cityId = r.get("cityId").asText();
            }
        }
        CliRun prog = run("index", "progress", "--city", cityId, "--json");
        assertEquals(0, prog.code(), prog.err());
        JsonNode p = TestJson.tree(prog.out());
        assertEquals(2, p.get("results").size());
        assertEquals("2019", p.get("results").get(0).get("date").asText());
        assertEquals(15.0, p.get("results").get(1).get("overall").get("change").asDouble(), 0.02,
                "this visit's verified index is 15 points above the 2019 result");
        CliRun progText = run("index", "progress", "--city", cityId);
        assertTrue(progText.out().contains("(+15.0)"), progText.out());

        Path out = dir.resolve("all.xlsx");
        CliRun exp = run("index", "results", "export", "--out", out.toString());
        assertEquals(0, exp.code(), exp.err());
        assertTrue(exp.out().contains("Wrote 5 results"));

        CliRun sample = run("index", "sample", "show", "--json");
        assertEquals(0, sample.code(), sample.err());
        JsonNode sm = TestJson.tree(sample.out());
        assertEquals(4, sm.get(0).get("cities").asInt());
        assertEquals(4, sm.get(0).get("groups").get(0).get("overall").get("count").asInt());
    }

    @Test
    void userAndUsageErrors() throws Exception {
        String visit = office();
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "city,country,questionnaire,date\nX,FR,nope,2020\n");
        CliRun imp = run("index", "results", "import", bad.toString());
        assertEquals(1, imp.code());
        assertTrue(imp.oneLineError(), imp.err());
        assertTrue(imp.err().contains("nothing imported") && imp.err().contains("row 2, column questionnaire"), imp.err());
        assertEquals(1, TestJson.tree(run("index", "results", "list", "--json").out()).size(),
                "only the visit's own result: nothing of the bad file");
        CliRun noVisit = run("index", "compare", "--visit", "nope");
        assertEquals(1, noVisit.code());
        assertTrue(noVisit.oneLineError() && noVisit.err().contains("no visit with id nope"), noVisit.err());
        CliRun usage = run("index", "compare");
        assertEquals(2, usage.code(), "--visit is required");
        CliRun noCity = run("index", "progress", "--city", "nope");
        assertEquals(1, noCity.code());
        assertTrue(noCity.oneLineError() && noCity.err().contains("no INDEX results for city nope"), noCity.err());
        CliRun noResults = run("index", "sample", "show", "--edition", "nope");
        assertEquals(1, noResults.code());
        assertTrue(noResults.oneLineError(), noResults.err());
        CliRun help = run("index", "results", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("import") && help.out().contains("export") && help.out().contains("list"));
        Path groups = dir.resolve("g.json");
        Files.writeString(groups, "{\"groups\": [{\"id\": \"huge\", \"dimension\": \"population\", \"over\": 1000000}]}");
        assertEquals(0, run("index", "groups", "--load", groups.toString()).code());
        assertTrue(run("index", "groups").out().contains("huge"));
        Files.writeString(groups, "{\"groups\": [{\"id\": \"huge\", \"dimension\": \"size\"}]}");
        CliRun badGroups = run("index", "groups", "--load", groups.toString());
        assertEquals(1, badGroups.code());
        assertTrue(badGroups.oneLineError(), badGroups.err());
        CliRun cmp = run("index", "compare", "--visit", visit, "--json");
        assertEquals(0, cmp.code());
        JsonNode loaded = TestJson.tree(cmp.out());
        assertEquals("loaded statistics", loaded.get("source").asText(),
                "the visit is the only result held: the demo's loaded statistics are the sample");
        assertEquals("all", loaded.get("groups").get(0).get("id").asText());
        assertTrue(loaded.get("groups").get(0).get("overall").has("rank"), "ranked in the loaded distribution");
        assertTrue(!loaded.get("groups").get(0).get("overall").has("median"), "a loaded aggregate has no median");
    }
}
