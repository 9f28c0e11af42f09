package org.fieldbook.profile.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.index.PastResults;
import org.fieldbook.app.cli.FieldbookCommand;
import org.fieldbook.index.definition.AreaDefinition;
import org.fieldbook.index.definition.DefinitionReader;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.results.IndexReportData;
import org.fieldbook.index.results.VisitComparison;
import org.fieldbook.visit.City;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The INDEX analysis report: structure, rank sentences, chart series and values, progress, pointers; English and French. */
class IndexReportTest {
    @TempDir
    Path dir;

    /** Demoville (visit, 250,000, 12%), its own 2019 result, and three other cities; returns the visit id. */
    private String office(Path ws) throws Exception {
        String visit;
        double verified;
        try (Services s = TestWorkspace.open(ws)) {
            visit = PastResults.demoville(s).id();
            verified = s.index().assessments().require(visit).score().overallVerified();
            s.index().results().importFile(PastResults.csv(dir.resolve("past.csv"), new Object[][] {
                    {"Above", 400_000, 20, 95.0, "2023"}, {"Below", 300_000, 5, 90.0, "2024-02"},
                    {"Lower", 90_000, 30, 10.0, "2022"}, {"Demoville", 250_000, 12, Math.max(0, verified - 15), "2019"}}));
        }
        return visit;
    }

    private static String body(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    @Test
    void theReportReadsLikeTheIccsInEnglish() throws Exception {
        Path ws = dir.resolve("ws");
        String visit = office(ws);
        Path out = dir.resolve("index-report.docx");
        assertEquals(0, FieldbookCommand.run(new String[] {"--data", ws.toString(), "index", "report", "--visit", visit,
                "--out", out.toString()}));
        Files.copy(out, Path.of("target", "index-report-sample-en.docx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        IndexReportData data;
        try (Services s = TestWorkspace.open(ws)) {
            data = s.index().assessments().reportData(visit);
        }
        VisitComparison vc = data.comparison();
        QuestionnaireDefinition d = data.definition();
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            String all = body(doc);
            List<String> headings = doc.getParagraphs().stream().filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                    .map(XWPFParagraph::getText).toList();
            assertTrue(all.contains("Results of the Intercultural Cities Index"), all);
            assertTrue(all.contains("A comparison between 4 cities"), "Demoville once, with this visit");
            assertTrue(all.contains("Data as of 2026-03-20."), "the latest result in the sample: this visit");
            for (String h : List.of("Introduction", "Methodology", "City overview", "The city through an intercultural lens",
                    "The intercultural lens", "Progress over time", "Conclusions and recommendations")) {
                assertTrue(headings.contains(h), h + " in " + headings);
            }
            for (AreaDefinition a : d.areas()) {
                assertTrue(headings.contains(a.title("en")), a.id());
            }
            assertTrue(headings.indexOf("The city through an intercultural lens") < headings.indexOf(d.area("education").orElseThrow().title("en")));
            assertTrue(all.contains("On its verified ICC Index, Demoville ranks 3rd of 4 among all cities, 3rd of 3 among cities over"
                    + " 200,000 inhabitants, 2nd of 2 among cities of up to 15% foreign-born and 3rd of 4 among cities in Testland."), all);
            String cultural = d.area("cultural_social_life").orElseThrow().title("en");
            assertTrue(all.contains("In " + cultural + ", the cities of the sample with the highest rates are Above (95%), Below (90%);"
                    + " their practice can inspire the city."), "pointers to the best-scoring cities in a weaker area");
            assertTrue(!all.contains("Lower (10%)"), "a city scoring below Demoville is no example to follow");

            assertEquals(1 + d.areas().size(), doc.getCharts().size(), "an overview and one chart per area");
            String commitment = d.area("commitment").orElseThrow().title("en");
            XWPFChart chart = doc.getCharts().stream().filter(c -> c.getCTChart().getTitle().xmlText().contains(commitment + ": rate"))
                    .findFirst().orElseThrow();
            XDDFBarChartData bars = (XDDFBarChartData) chart.getChartSeries().get(0);
            assertEquals(1 + vc.groups().size(), bars.getSeriesCount(), "the city, then the mean of each group that fits it");
            assertEquals(vc.result().rate("commitment", true), ((Number) bars.getSeries(0).getValuesData().getPointAt(0)).doubleValue(), 1e-9);
            assertEquals(vc.whole().areas().get("commitment").mean(),
                    ((Number) bars.getSeries(1).getValuesData().getPointAt(0)).doubleValue(), 1e-9);
            List<String> names = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerList().stream()
                    .map(sr -> sr.getTx().getStrRef().getStrCache().getPtArray(0).getV()).toList();
            assertEquals("Demoville", names.get(0));
            assertEquals("Mean, all cities", names.get(1));
            assertEquals("Mean, cities over 200,000 inhabitants", names.get(2));

            var progress = doc.getTables().get(doc.getTables().size() - 1);
            assertEquals("2019", progress.getRow(0).getCell(1).getText());
            assertEquals("2026-03-20", progress.getRow(0).getCell(2).getText());
            String total = progress.getRow(progress.getNumberOfRows() - 1).getCell(2).getText();
            assertTrue(total.endsWith("(+15)"), "15 points up since 2019: " + total);
        }
    }

    @Test
    void goodPracticeFromTheLeadersVisitsOnlyNamingThoseWhoAgreed() throws Exception {
        Path ws = dir.resolve("ws");
        String visit = office(ws);
        try (Services s = TestWorkspace.open(ws)) {
            Visit good = TestWorkspace.visit(s, "Goodtown");
            String cityId = good.cityId();
            var yes = s.stakeholders().create(new org.fieldbook.stakeholder.Stakeholder(null, cityId, "Ada Named", "Festival", "",
                    org.fieldbook.stakeholder.StakeholderCategory.values()[0], "", "", true));
            var no = s.stakeholders().create(new org.fieldbook.stakeholder.Stakeholder(null, cityId, "Bob Private", "Club", "",
                    org.fieldbook.stakeholder.StakeholderCategory.values()[0], "", "", false));
            String area = "cultural_social_life";
            java.util.function.BiFunction<org.fieldbook.note.NoteKind, String, org.fieldbook.note.Note> note = (k, text) ->
                    new org.fieldbook.note.Note(null, good.id(), null, k, text, null, "", List.of(area));
            s.notes().save(note.apply(org.fieldbook.note.NoteKind.GOOD_PRACTICE, "A neighbourhood festival run by newcomers."));
            s.notes().save(new org.fieldbook.note.Note(null, good.id(), null, org.fieldbook.note.NoteKind.GOOD_PRACTICE,
                    "We open the festival to every association.", yes.id(), "", List.of(area)));
            s.notes().save(new org.fieldbook.note.Note(null, good.id(), null, org.fieldbook.note.NoteKind.GOOD_PRACTICE,
                    "Secret recipe of our club.", no.id(), "", List.of(area)));
            s.notes().save(new org.fieldbook.note.Note(null, good.id(), null, org.fieldbook.note.NoteKind.GOOD_PRACTICE,
                    "Typed speaker, no consent on record.", null, "Carla Typed", List.of(area)));
            s.notes().save(note.apply(org.fieldbook.note.NoteKind.CONCERN, "Not a good practice."));
            s.notes().save(new org.fieldbook.note.Note(null, good.id(), null, org.fieldbook.note.NoteKind.GOOD_PRACTICE,
                    "Another area.", null, "", List.of("language")));
            java.util.Map<String, Double> rates = new java.util.LinkedHashMap<>();
            for (AreaDefinition a : DefinitionReader.sample().areas()) {
                if (!a.optional()) {
                    rates.put(a.id(), 99.0);
                }
            }
            s.store().db().write(c -> org.fieldbook.index.results.IndexResultRepository.upsert(c, s.store().tracker(),
                    new org.fieldbook.index.results.IndexResult(org.fieldbook.index.results.ResultIds.ofVisit(good.id()), cityId, "Goodtown", "Testland", 500_000L, 20.0,
                            DefinitionReader.sample().id(), "2025", good.id(), "visit", rates, rates, 99.0, 99.0, 99.0, 99.0)));
            IndexReportData data = s.index().assessments().reportData(visit);
            List<IndexReportData.Practice> ps = data.practices().get(area);
            assertEquals(List.of(new IndexReportData.Practice("Goodtown", "A neighbourhood festival run by newcomers.", null),
                    new IndexReportData.Practice("Goodtown", "We open the festival to every association.", "Ada Named")), ps);
            try (XWPFDocument doc = IndexReportWriter.build(data, org.fieldbook.profile.ProfileMessages.forLanguage("en"))) {
                String all = body(doc);
                assertTrue(all.contains("Good practice in Goodtown: \u201cWe open the festival to every association.\u201d (Ada Named)"), all);
                assertTrue(!all.contains("Secret recipe") && !all.contains("Carla Typed") && !all.contains("Bob Private"));
            }
        }
    }

    @Test
    void inFrench() throws Exception {
        Path ws = dir.resolve("ws");
        String visit = office(ws);
        Path out = dir.resolve("rapport-index.docx");
        assertEquals(0, FieldbookCommand.run(new String[] {"--data", ws.toString(), "--lang", "fr", "index", "report", "--visit", visit,
                "--out", out.toString()}));
        Files.copy(out, Path.of("target", "index-report-sample-fr.docx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            String all = body(doc);
            assertTrue(all.contains("Une comparaison entre 4 villes"), all);
            assertTrue(all.contains("Selon son indice ICC vérifié, Demoville se classe 3e sur 4 parmi toutes les villes, 3e sur 3 parmi"
                    + " les villes de plus de 200 000 habitants"), all);
            assertTrue(all.contains("Conclusions et recommandations"));
            assertTrue(!all.contains("''"), "no doubled apostrophes");
        }
        assertEquals(2, FieldbookCommand.run(new String[] {"--data", ws.toString(), "index", "report", "--visit", visit}),
                "--out is required");
        assertEquals(1, FieldbookCommand.run(new String[] {"--data", ws.toString(), "index", "report", "--visit", visit,
                "--out", dir.resolve("x.pdf").toString()}));
    }
}
