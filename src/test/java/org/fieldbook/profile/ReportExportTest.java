package org.fieldbook.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.fieldbook.TestWorkspace;
import org.fieldbook.profile.report.ReportProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportExportTest {
    @TempDir
    Path dir;

    static XWPFDocument read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    @Test
    void exportsAWholeProfileThatPoiReadsBack() throws Exception {
        TestWorkspace.withVisit(dir.resolve("ws"), ProfileFixture::richVisit, (s, v) -> {
            Path out = dir.resolve("profile.docx");
            List<Double> progress = new java.util.ArrayList<>();
            ProfileFixture.reports(s, ProfileFixture.fakeResults(s)).export(v.id(), out, "en", null, (f, step) -> progress.add(f));
            Files.copy(out, Path.of("target", "profile-sample-en.docx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertEquals(1.0, progress.get(progress.size() - 1));
            try (XWPFDocument doc = read(out)) {
                String all = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
                assertTrue(all.contains("Testville"));
                assertTrue(all.contains("Council of Europe \u2013 Intercultural Cities programme"));
                assertTrue(all.contains("Authors: Test Expert"));
                // 17 area charts and the comparison chart
                assertEquals(s.areas().list().size() + 1, doc.getCharts().size());
                assertTrue(doc.getTables().size() >= 4, "markdown, programme, organisations and results tables");
                assertTrue(doc.isEnforcedUpdateFields());
                assertFalse(doc.getHeaderList().isEmpty());
                assertTrue(doc.getHeaderList().stream().anyMatch(h -> h.getText().contains("Testville")));
                assertTrue(doc.getFooterList().stream().anyMatch(f -> f._getHdrFtr().xmlText().contains("PAGE")));
            }
        });
    }

    @Test
    void aHouseTemplateThatIsNotWordIsRefusedWithoutTouchingTheTarget() throws Exception {
        TestWorkspace.withVisit(dir.resolve("ws"), ProfileFixture::richVisit, (s, v) -> {
            Path bad = dir.resolve("house.docx");
            Files.writeString(bad, "not a zip");
            Path out = dir.resolve("out.docx");
            Files.writeString(out, "earlier");
            var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> s.reports().export(v.id(), out, "en", bad, ReportProgress.NONE));
            assertTrue(e.getMessage().contains("not a readable Word document"), e.getMessage());
            assertEquals("earlier", Files.readString(out));
        });
    }

    static List<IBodyElement> body(XWPFDocument doc) {
        return doc.getBodyElements();
    }

    static XWPFTable firstTable(XWPFDocument doc) {
        return doc.getTables().get(0);
    }
}
