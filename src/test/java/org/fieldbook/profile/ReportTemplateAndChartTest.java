package org.fieldbook.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.fieldbook.TestWorkspace;
import org.fieldbook.profile.report.ReportProgress;
import org.fieldbook.profile.report.ReportTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTemplateAndChartTest {
    @TempDir
    Path dir;

    @Test
    void theCommittedTemplateDefinesEveryStyleTheReportUses() throws Exception {
        for (Path p : List.of(Path.of("assets/templates/profile-template.docx"),
                Path.of("src/main/resources/org/fieldbook/profile/report/profile-template.docx"))) {
            try (InputStream in = Files.newInputStream(p); XWPFDocument doc = new XWPFDocument(in)) {
                for (String id : List.of("Title", "Subtitle", "Heading1", "Heading2", "Heading3", "Quote", "ListBullet",
                        "ListNumber", "TOCHeading", "TOC1", "TOC2", "Header", "Footer", "Caption", "Hyperlink", "TableGrid")) {
                    assertTrue(doc.getStyles().styleExist(id), p + " lacks " + id);
                }
                String h1 = doc.getStyles().getStyle("Heading1").getCTStyle().xmlText();
                assertTrue(h1.contains("outlineLvl"), "Heading 1 has an outline level so the navigation pane lists it");
            }
        }
    }

    @Test
    void aHouseTemplatesStylesAreUsedByName() throws Exception {
        Path house = dir.resolve("house.docx");
        try (XWPFDocument t = ReportTemplate.createDefault(); OutputStream out = Files.newOutputStream(house)) {
            // the office's template calls its first heading "Titre1" and colours it red
            XWPFStyle h1 = t.getStyles().getStyle("Heading1");
            h1.getCTStyle().setStyleId("Titre1");
            h1.getCTStyle().getRPr().getColorArray(0).setVal("C00000");
            t.write(out);
        }
        TestWorkspace.withVisit(dir.resolve("ws"), ProfileFixture::richVisit, (s, v) -> {
            Path out = dir.resolve("p.docx");
            s.reports().export(v.id(), out, "en", house, ReportProgress.NONE);
            try (XWPFDocument doc = ReportExportTest.read(out)) {
                XWPFParagraph summary = doc.getParagraphs().stream().filter(p -> p.getText().equals("Summary") && !p.getStyle().startsWith("TOC")).findFirst().orElseThrow();
                assertEquals("Titre1", summary.getStyle());
                assertTrue(doc.getStyles().getStyle("Titre1").getCTStyle().xmlText().contains("C00000"));
                assertTrue(doc.getParagraphs().stream().noneMatch(p -> p.getText().startsWith("Fieldbook report template")),
                        "the template's own content is removed");
            }
        });
    }

    @Test
    void chartsAreNativeWithTheSeriesAndValuesOfTheResults() throws Exception {
        TestWorkspace.withVisit(dir.resolve("ws"), ProfileFixture::richVisit, (s, v) -> {
            Path out = dir.resolve("p.docx");
            IndexResultsSource source = ProfileFixture.fakeResults(s);
            ProfileFixture.reports(s, source).export(v.id(), out, "en", null, ReportProgress.NONE);
            List<AreaResult> expected = source.results(v.id());
            try (XWPFDocument doc = ReportExportTest.read(out)) {
                XWPFChart comparison = doc.getCharts().stream()
                        .filter(c -> c.getCTChart().getTitle().xmlText().contains("Rates of achievement by area (%)")).findFirst()
                        .orElseThrow();
                XDDFBarChartData bars = (XDDFBarChartData) comparison.getChartSeries().get(0);
                List<String> names = comparison.getCTChart().getPlotArea().getBarChartArray(0).getSerList().stream()
                        .map(ser -> ser.getTx().getStrRef().getStrCache().getPtArray(0).getV()).collect(Collectors.toList());
                assertEquals(List.of("Self-assessed", "Verified", "Sample mean"), names);
                assertEquals(3, bars.getSeriesCount());
                XDDFChartData.Series self = bars.getSeries(0);
                assertEquals(expected.size(), self.getCategoryData().getPointCount());
                for (int i = 0; i < expected.size(); i++) {
                    assertEquals(expected.get(i).titleEn(), self.getCategoryData().getPointAt(i));
                    assertEquals(expected.get(i).selfRate(), ((Number) self.getValuesData().getPointAt(i)).doubleValue(), 1e-9);
                    assertEquals(expected.get(i).verifiedRate(), ((Number) bars.getSeries(1).getValuesData().getPointAt(i)).doubleValue(), 1e-9);
                    assertEquals(expected.get(i).sampleMean(), ((Number) bars.getSeries(2).getValuesData().getPointAt(i)).doubleValue(), 1e-9);
                }
                assertNotNull(names);
                // the chart's data travels in an embedded workbook so Word can edit it
                assertTrue(comparison.getWorkbook().getSheetAt(0).getRow(1).getCell(1).getNumericCellValue() > 0);
            }
        });
    }

    @Test
    void unknownRatesAreLeftOutOfChartsAndShownAsNotAvailable() throws Exception {
        TestWorkspace.withVisit(dir.resolve("ws"), ProfileFixture::richVisit, (s, v) -> {
            IndexResultsSource partial = visitId -> List.of(
                    new AreaResult("commitment", "Commitment", "Engagement", 50.0, null, 74.0),
                    new AreaResult("education", "Education", "Éducation", 60.0, 55.0, null));
            Path out = dir.resolve("p.docx");
            ProfileFixture.reports(s, partial).export(v.id(), out, "en", null, ReportProgress.NONE);
            try (XWPFDocument doc = ReportExportTest.read(out)) {
                assertEquals(3, doc.getCharts().size(), "two areas and the comparison");
                var table = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Area")).findFirst().orElseThrow();
                assertEquals("n/a", table.getRow(1).getCell(2).getText());
                assertEquals("74%", table.getRow(1).getCell(3).getText());
                XWPFChart comparison = doc.getCharts().stream()
                        .filter(c -> c.getCTChart().getTitle().xmlText().contains("Rates of achievement by area (%)")).findFirst()
                        .orElseThrow();
                var verified = comparison.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(1).getVal().getNumRef().getNumCache();
                assertEquals(1, verified.sizeOfPtArray(), "only the known verified rate is plotted");
                assertEquals("55.0", verified.getPtArray(0).getV());
            }
        });
    }
}
