package org.fieldbook.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.index.Assessment;
import org.fieldbook.index.IndexDemo;
import org.fieldbook.profile.ProfileFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheProfileAndRefusesBadInput() throws Exception {
        Path ws = dir.resolve("ws");
        String visitId;
        try (Services s = TestWorkspace.open(ws)) {
            visitId = ProfileFixture.richVisit(s).id();
        }
        Path out = dir.resolve("out").resolve("profil.docx");
        assertEquals(0, FieldbookCommand.run(new String[] {"--data", ws.toString(), "report", "--visit", visitId,
                "--out", out.toString(), "--lang", "fr"}));
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("Résumé")));
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().startsWith("Aucun résultat de l'INDEX")),
                    "a visit without INDEX answers: the annex says there are no results");
        }
        assertEquals(1, FieldbookCommand.run(new String[] {"--data", ws.toString(), "report", "--visit", "nope",
                "--out", dir.resolve("x.docx").toString()}));
        assertEquals(1, FieldbookCommand.run(new String[] {"--data", ws.toString(), "report", "--visit", visitId,
                "--out", dir.resolve("x.docx").toString(), "--lang", "de"}));
        assertEquals(1, FieldbookCommand.run(new String[] {"--data", ws.toString(), "report", "--visit", visitId,
                "--out", dir.resolve("x.docx").toString(), "--template", dir.resolve("missing.docx").toString()}));
        assertFalse(Files.exists(dir.resolve("x.docx")));
        assertEquals(2, FieldbookCommand.run(new String[] {"--data", ws.toString(), "report", "--visit", visitId}));
    }

    @Test
    void theWordExportCarriesTheVisitsIndexNumbers() throws Exception {
        Path ws = dir.resolve("ws-index");
        String visitId;
        Assessment a;
        try (Services s = TestWorkspace.open(ws)) {
            visitId = ProfileFixture.richVisit(s).id();
            IndexDemo.populate(s.index(), s.notes(), visitId);
            a = s.index().assessments().require(visitId);
        }
        double self = a.score().overallSelf();
        double verified = a.score().overallVerified();
        assertNotEquals(Math.round(self), Math.round(verified), "the demo corrects answers, so the two scores differ");
        Path out = dir.resolve("index.docx");
        assertEquals(0, FieldbookCommand.run(new String[] {"--data", ws.toString(), "report", "--visit", visitId,
                "--out", out.toString(), "--lang", "en"}));
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            assertFalse(doc.getParagraphs().stream().anyMatch(p -> p.getText().startsWith("No INDEX results")));
            List<String> overall = doc.getTables().stream().flatMap(t -> t.getRows().stream())
                    .filter(r -> r.getCell(0).getText().startsWith("ICC Index"))
                    .findFirst().orElseThrow(() -> new AssertionError("no overall row in the annex table"))
                    .getTableCells().stream().map(c -> c.getText().strip()).toList();
            assertEquals(Math.round(self) + "%", overall.get(1), "self-assessed overall: " + overall);
            assertEquals(Math.round(verified) + "%", overall.get(2), "verified overall: " + overall);
            assertTrue(overall.get(3).matches("\\d+%"), "sample mean: " + overall);
            // the sentence "The city ranks N of M cities in the sample." with M = the sample plus this city
            int outOf = a.comparison().rankOutOf();
            String sentence = doc.getParagraphs().stream().map(p -> p.getText()).filter(t -> t.startsWith("The city ranks "))
                    .findFirst().orElseThrow(() -> new AssertionError("no rank sentence"));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("The city ranks (\\d+) of (\\d+) cities").matcher(sentence);
            assertTrue(m.find(), sentence);
            assertEquals(outOf, Integer.parseInt(m.group(2)), sentence);
            int rank = Integer.parseInt(m.group(1));
            assertTrue(rank >= 1 && rank <= outOf, sentence);
        }
    }
}
