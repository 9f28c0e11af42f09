package org.fieldbook.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.fieldbook.TestWorkspace;
import org.fieldbook.profile.report.ReportProgress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each Markdown element of a section becomes the matching Word construct. */
class MarkdownToWordTest {
    @TempDir
    Path dir;
    XWPFDocument doc;

    @BeforeEach
    void export() throws Exception {
        TestWorkspace.withVisit(dir.resolve("ws"), ProfileFixture::richVisit, (s, v) -> {
            Path out = dir.resolve("p.docx");
            ProfileFixture.reports(s, IndexResultsSource.none()).export(v.id(), out, "en", null, ReportProgress.NONE);
            doc = ReportExportTest.read(out);
        });
    }

    @AfterEach
    void close() throws Exception {
        doc.close();
    }

    private XWPFParagraph paragraph(String text) {
        return doc.getParagraphs().stream()
                .filter(p -> p.getText().equals(text) && (p.getStyle() == null || !p.getStyle().startsWith("TOC"))).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph '" + text + "'"));
    }

    private XWPFRun run(XWPFParagraph p, String text) {
        return p.getRuns().stream().filter(r -> text.equals(r.text())).findFirst()
                .orElseThrow(() -> new AssertionError("no run '" + text + "' in " + p.getText()));
    }

    @Test
    void headingsUseHeadingStylesBelowTheSectionLevel() {
        assertEquals("Heading1", paragraph("Summary").getStyle());
        assertEquals("Heading2", paragraph("Key facts").getStyle());
        assertEquals("Heading2", paragraph("Education").getStyle());
        assertEquals("Heading2", paragraph("Programme of the visit").getStyle());
    }

    @Test
    void paragraphsBoldAndItalic() {
        XWPFParagraph p = paragraph("The city has grown fast since 2000 and is proud of it.");
        assertTrue(run(p, "grown fast").isBold());
        assertFalse(run(p, "grown fast").isItalic());
        assertTrue(run(p, "proud").isItalic());
        assertFalse(run(p, "The city has ").isBold());
    }

    @Test
    void bulletedListsUseARealBulletNumberingDefinition() {
        XWPFParagraph first = paragraph("first point");
        assertEquals("ListBullet", first.getStyle());
        assertNotNull(first.getNumID());
        assertEquals("bullet", first.getNumFmt());
        XWPFParagraph nested = paragraph("nested point");
        assertEquals(first.getNumID(), nested.getNumID());
        assertEquals(1, nested.getNumIlvl().intValue());
    }

    @Test
    void numberedListsUseADecimalDefinitionStartingAtOne() {
        XWPFParagraph one = paragraph("one");
        XWPFParagraph three = paragraph("three");
        assertEquals("ListNumber", one.getStyle());
        assertEquals(one.getNumID(), three.getNumID());
        assertEquals("decimal", one.getNumFmt());
        XWPFAbstractNum abs = doc.getNumbering().getAbstractNum(doc.getNumbering().getAbstractNumID(one.getNumID()));
        assertEquals(1, abs.getCTAbstractNum().getLvlArray(0).getStart().getVal().intValue());
        assertFalse(one.getNumID().equals(paragraph("first point").getNumID()));
    }

    @Test
    void linksBecomeHyperlinkRunsWithTheirAddress() {
        XWPFParagraph p = paragraph("second point with a link");
        Optional<XWPFHyperlinkRun> link = p.getRuns().stream().filter(r -> r instanceof XWPFHyperlinkRun)
                .map(r -> (XWPFHyperlinkRun) r).findFirst();
        assertTrue(link.isPresent());
        assertEquals("link", link.get().text());
        assertEquals("https://www.coe.int/interculturalcities", link.get().getHyperlink(doc).getURL());
    }

    @Test
    void blockQuotesUseTheQuoteStyleAndSourceMarkersAreHidden() {
        XWPFParagraph q = paragraph("Diversity is our strength.");
        assertEquals("Quote", q.getStyle());
        assertTrue(doc.getParagraphs().stream().noneMatch(p -> p.getText().contains("source:")));
    }

    @Test
    void pipeTablesBecomeWordTablesWithAHeaderRow() {
        XWPFTable t = doc.getTables().stream().filter(x -> x.getRow(0).getCell(0).getText().equals("District")).findFirst()
                .orElseThrow();
        assertEquals(3, t.getNumberOfRows());
        assertEquals("Share", t.getRow(0).getCell(1).getText());
        assertEquals("30%", t.getRow(2).getCell(1).getText());
        assertTrue(t.getRow(0).isRepeatHeader());
        assertTrue(t.getRow(1).isCantSplitRow(), "a row never breaks across pages");
        assertEquals("TableGrid", t.getStyleID());
        assertTrue(t.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold());
    }

    @Test
    void recommendationsAreANumberedListWithPriorityAndArea() {
        XWPFParagraph p = doc.getParagraphs().stream().filter(x -> x.getText().startsWith("Adopt an intercultural strategy."))
                .findFirst().orElseThrow();
        assertTrue(p.getText().contains("Priority: High"), p.getText());
        assertTrue(p.getText().contains("Area: Commitment"), p.getText());
        assertEquals("decimal", p.getNumFmt());
    }

    @Test
    void withoutIndexResultsTheAnnexSaysSoAndHasNoCharts() {
        assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().startsWith("No INDEX results are available")));
        assertEquals(0, doc.getCharts().size());
        List<String> headers = doc.getTables().stream().map(t -> t.getRow(0).getCell(0).getText()).toList();
        assertFalse(headers.contains("Area"));
    }
}
