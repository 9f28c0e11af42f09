package org.fieldbook.index.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.fieldbook.TestJson;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.index.PastResults;
import org.fieldbook.app.cli.FieldbookCommand;
import org.fieldbook.index.definition.DefinitionReader;
import org.fieldbook.profile.IndexScoreResults;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One visit, one rank (the verified index, each city once, itself included) wherever it is shown: the office
 * comparison screen, the verification screen, the command line, the verification workbook, the profile's Word annex
 * and the INDEX analysis report. Demoville's verified index lies between Below (90) and Lower (10); Above is 95; its
 * own 2019 result does not count beside this visit's: 3rd of 4, by hand.
 */
class RankEverywhereTest {
    @TempDir
    Path dir;

    private String office(Path ws) throws Exception {
        try (Services s = TestWorkspace.open(ws)) {
            Visit v = PastResults.demoville(s);
            double verified = s.index().assessments().require(v.id()).score().overallVerified();
            assertTrue(verified > 10 && verified < 90, "the demo's verified index: " + verified);
            s.index().results().importFile(PastResults.csv(dir.resolve("past.csv"), new Object[][] {
                    {"Above", 400_000, 20, 95.0, "2023"}, {"Below", 300_000, 5, 90.0, "2024-02"},
                    {"Lower", 90_000, 30, 10.0, "2022"}, {"Demoville", 250_000, 12, 99.0, "2019"}}));
            return v.id();
        }
    }

    @Test
    void theSameRankOnEverySurface() throws Exception {
        Path ws = dir.resolve("ws");
        String visit = office(ws);

        StringWriter json = new StringWriter();
        assertEquals(0, FieldbookCommand.run(new String[] {"--data", ws.toString(), "index", "compare", "--visit", visit, "--json"},
                new PrintWriter(json), new PrintWriter(new StringWriter())));
        JsonNode whole = TestJson.tree(json.toString()).path("groups").get(0);
        assertEquals("all", whole.path("id").asText());
        assertEquals(3, whole.path("overall").path("rank").asInt(), "command line");
        assertEquals(4, whole.path("overall").path("outOf").asInt());

        Path report = dir.resolve("analysis.docx");
        assertEquals(0, FieldbookCommand.run(new String[] {"--data", ws.toString(), "index", "report", "--visit", visit,
                "--out", report.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
        try (InputStream in = Files.newInputStream(report); XWPFDocument doc = new XWPFDocument(in)) {
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertTrue(text.contains("Demoville ranks 3rd of 4 among all cities"), "analysis report: " + text);
        }

        try (Services s = TestWorkspace.open(ws)) {
            ComparisonModel screen = new ComparisonModel(s.index().results());
            screen.load(DefinitionReader.sample().id());
            ComparisonModel.Row row = screen.rows("all", ComparisonModel.OVERALL).stream().filter(r -> visit.equals(r.visitId()))
                    .findFirst().orElseThrow();
            assertEquals(3, row.rank(), "office comparison screen");
            assertEquals(4, row.outOf());

            var verification = s.index().assessments().require(visit).comparison();
            assertEquals(3, verification.rank(), "verification screen");
            assertEquals(4, verification.rankOutOf());

            var annex = new IndexScoreResults(s.index(), s.visits(), s.cities()).summary(visit).orElseThrow();
            assertEquals(3, annex.rank(), "the profile's Word annex");
            assertEquals(4, annex.sampleSize());

            Path xlsx = dir.resolve("verification.xlsx");
            s.index().assessments().export(visit, xlsx, "en");
            try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                java.util.List<String> ranks = new java.util.ArrayList<>();
                for (var sheet : wb) {
                    for (Row r : sheet) {
                        for (Cell c : r) {
                            if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                    && c.getStringCellValue().toLowerCase(java.util.Locale.ROOT).contains("rank")) {
                                ranks.add(sheet.getSheetName() + ": " + c.getStringCellValue());
                            }
                        }
                    }
                }
                assertTrue(ranks.stream().anyMatch(x -> x.endsWith("rank 3 of 4 in the sample")), "verification workbook: " + ranks);
            }
        }
    }
}
