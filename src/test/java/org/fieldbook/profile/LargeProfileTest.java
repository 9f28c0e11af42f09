package org.fieldbook.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fieldbook.TestWorkspace;
import org.fieldbook.profile.report.ReportProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full-size profile (the benchmark's, about 60 pages) exports completely and reads back intact. */
class LargeProfileTest {
    @TempDir
    Path dir;

    @Test
    void aSixtyPageProfileKeepsEverySectionHeadingListAndChart() throws Exception {
        TestWorkspace.withVisit(dir.resolve("ws"), ProfileFixture::richVisit, (s, v) -> {
            int areas = 0;
            for (ProfileSection sec : s.profile().structure(v.id())) {
                if (sec.kind() == SectionKind.AREA) {
                    s.profile().saveBody(sec.id(), org.fieldbook.bench.ReportBenchmarkBodies.areaBody(sec.titleEn()));
                    areas++;
                }
            }
            Path out = dir.resolve("large.docx");
            ProfileFixture.reports(s, ProfileFixture.fakeResults(s)).export(v.id(), out, "en", null, ReportProgress.NONE);
            try (XWPFDocument doc = ReportExportTest.read(out)) {
                assertEquals(areas + 1, doc.getCharts().size());
                long findings = doc.getParagraphs().stream()
                        .filter(p -> "Heading3".equals(p.getStyle()) && p.getText().contains(": finding ")).count();
                assertEquals(areas * 3L, findings);
                long quotes = doc.getParagraphs().stream().filter(p -> "Quote".equals(p.getStyle())).count();
                assertTrue(quotes >= areas * 3L);
                long numbered = doc.getParagraphs().stream().filter(p -> "decimal".equals(p.getNumFmt())).count();
                assertTrue(numbered >= areas * 9L, "three numbered steps per finding");
                assertTrue(doc.getTables().size() >= areas * 3 + 3);
                var results = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Area")).findFirst().orElseThrow();
                assertEquals(areas + 2, results.getNumberOfRows(), "header, one row per area, the overall index");
            }
        });
    }
}
