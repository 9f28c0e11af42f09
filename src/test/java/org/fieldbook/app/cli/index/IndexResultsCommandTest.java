package org.fieldbook.app.cli.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.app.cli.FieldbookCommand;
import org.fieldbook.index.IndexDemo;
import org.fieldbook.index.definition.AreaDefinition;
import org.fieldbook.index.definition.DefinitionReader;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.visit.City;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code index results|compare|progress|sample show|groups|mapping} end to end, and one rank in every output. */
class IndexResultsCommandTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        boolean oneLineError() {
            String e = err.strip();
            return !e.isEmpty() && !e.contains("\n") && !e.contains("Exception");
        }
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = dir.resolve("ws").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = FieldbookCommand.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** A demo visit to Demoville (250,000 inhabitants, 12% foreign-born) and three other cities' results imported. */
    private String office() throws Exception {
        String visit;
        double verified;
        try (Services s = TestWorkspace.open(dir.resolve("ws"))) {
            Visit v = TestWorkspace.visit(s, "Demoville");
            City c = s.cities().find(v.cityId()).orElseThrow();
            s.cities().update(new City(c.id(), c.name(), c.country(), 250_000L, 12.0, null, null, "", ""));
            IndexDemo.populate(s.index(), s.notes(), v.id());
            visit = v.id();
            verified = s.index().assessments().require(visit).score().overallVerified();
        }
        QuestionnaireDefinition d = DefinitionReader.sample();
        StringBuilder sb = new StringBuilder("city,country,questionnaire,date,population,foreign_born_pct");
        for (AreaDefinition a : d.areas()) {
            sb.append(',').append(a.id());
        }
        sb.append('\n');
        Object[][] rows = {{"Above", 400_000, 20, verified + 10, "2023"}, {"Below", 300_000, 5, verified - 10, "2023"},
                {"Lower", 90_000, 30, verified - 20, "2022"}, {"Demoville", 250_000, 12, verified - 15, "2019"}};
        for (Object[] r : rows) {
            sb.append(r[0]).append(",Testland,").append(d.id()).append(',').append(r[4]).append(',').append(r[1]).append(',').append(r[2]);
            for (AreaDefinition a : d.areas()) {
                sb.append(',').append(a.optional() ? "" : String.valueOf(Math.max(0, (double) r[3])));
            }
            sb.append('\n');
        }
        Files.writeString(dir.resolve("past.csv"), sb.toString());
        return visit;
    }

    @Test
    void importListCompareProgressAndExport() throws Exception {
        String visit = office();
        Run imp = run("index", "results", "import", dir.resolve("past.csv").toString());
        assertEquals(0, imp.code(), imp.err());
        assertEquals("Imported 4 results (1 editions); 3 new cities", imp.out().strip(), "Demoville is matched by name and country");

        Run list = run("index", "results", "list", "--json");
        assertEquals(0, list.code(), list.err());
        JsonNode rs = new ObjectMapper().readTree(list.out());
        assertEquals(5, rs.size(), "four imported and the visit's own");

        Run cmp = run("index", "compare", "--visit", visit, "--json");
        assertEquals(0, cmp.code(), cmp.err());
        JsonNode j = new ObjectMapper().readTree(cmp.out());
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

        Run text = run("index", "compare", "--visit", visit);
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("2nd of 4"), text.out());

        Run score = run("index", "score", "--visit", visit, "--json");
        JsonNode sj = new ObjectMapper().readTree(score.out());
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
        Run rep = run("report", "--visit", visit, "--out", docx.toString());
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
        Run prog = run("index", "progress", "--city", cityId, "--json");
        assertEquals(0, prog.code(), prog.err());
        JsonNode p = new ObjectMapper().readTree(prog.out());
        assertEquals(2, p.get("results").size());
        assertEquals("2019", p.get("results").get(0).get("date").asText());
        assertEquals(15.0, p.get("results").get(1).get("overall").get("change").asDouble(), 0.02,
                "this visit's verified index is 15 points above the 2019 result");
        Run progText = run("index", "progress", "--city", cityId);
        assertTrue(progText.out().contains("(+15.0)"), progText.out());

        Path out = dir.resolve("all.xlsx");
        Run exp = run("index", "results", "export", "--out", out.toString());
        assertEquals(0, exp.code(), exp.err());
        assertTrue(exp.out().contains("Wrote 5 results"));

        Run sample = run("index", "sample", "show", "--json");
        assertEquals(0, sample.code(), sample.err());
        JsonNode sm = new ObjectMapper().readTree(sample.out());
        assertEquals(4, sm.get(0).get("cities").asInt());
        assertEquals(4, sm.get(0).get("groups").get(0).get("overall").get("count").asInt());
    }

    @Test
    void userAndUsageErrors() throws Exception {
        String visit = office();
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "city,country,questionnaire,date\nX,FR,nope,2020\n");
        Run imp = run("index", "results", "import", bad.toString());
        assertEquals(1, imp.code());
        assertTrue(imp.oneLineError(), imp.err());
        assertTrue(imp.err().contains("nothing imported") && imp.err().contains("row 2, column questionnaire"), imp.err());
        assertEquals(1, new ObjectMapper().readTree(run("index", "results", "list", "--json").out()).size(),
                "only the visit's own result: nothing of the bad file");
        Run noVisit = run("index", "compare", "--visit", "nope");
        assertEquals(1, noVisit.code());
        assertTrue(noVisit.oneLineError() && noVisit.err().contains("no visit with id nope"), noVisit.err());
        Run usage = run("index", "compare");
        assertEquals(2, usage.code(), "--visit is required");
        Run noCity = run("index", "progress", "--city", "nope");
        assertEquals(1, noCity.code());
        assertTrue(noCity.oneLineError() && noCity.err().contains("no INDEX results for city nope"), noCity.err());
        Run noResults = run("index", "sample", "show", "--edition", "nope");
        assertEquals(1, noResults.code());
        assertTrue(noResults.oneLineError(), noResults.err());
        Run help = run("index", "results", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("import") && help.out().contains("export") && help.out().contains("list"));
        Path groups = dir.resolve("g.json");
        Files.writeString(groups, "{\"groups\": [{\"id\": \"huge\", \"dimension\": \"population\", \"over\": 1000000}]}");
        assertEquals(0, run("index", "groups", "--load", groups.toString()).code());
        assertTrue(run("index", "groups").out().contains("huge"));
        Files.writeString(groups, "{\"groups\": [{\"id\": \"huge\", \"dimension\": \"size\"}]}");
        Run badGroups = run("index", "groups", "--load", groups.toString());
        assertEquals(1, badGroups.code());
        assertTrue(badGroups.oneLineError(), badGroups.err());
        Run cmp = run("index", "compare", "--visit", visit, "--json");
        assertEquals(0, cmp.code());
        JsonNode loaded = new ObjectMapper().readTree(cmp.out());
        assertEquals("loaded statistics", loaded.get("source").asText(),
                "the visit is the only result held: the demo's loaded statistics are the sample");
        assertEquals("all", loaded.get("groups").get(0).get("id").asText());
        assertTrue(loaded.get("groups").get(0).get("overall").has("rank"), "ranked in the loaded distribution");
        assertTrue(!loaded.get("groups").get(0).get("overall").has("median"), "a loaded aggregate has no median");
    }
}
