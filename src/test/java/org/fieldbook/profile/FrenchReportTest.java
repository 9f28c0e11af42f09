package org.fieldbook.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.fieldbook.TestWorkspace;
import org.fieldbook.profile.report.ReportProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrenchReportTest {
    @TempDir
    Path dir;

    @Test
    void frenchReportHasFrenchLabelsAreaNamesAndTitles() throws Exception {
        TestWorkspace.withVisit(dir.resolve("ws"), ProfileFixture::richVisit, (s, v) -> {
            Path out = dir.resolve("profil.docx");
            ProfileFixture.reports(s, ProfileFixture.fakeResults(s)).export(v.id(), out, "fr", null, ReportProgress.NONE);
            java.nio.file.Files.copy(out, Path.of("target", "profile-sample-fr.docx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (XWPFDocument doc = ReportExportTest.read(out)) {
                List<String> headings = doc.getParagraphs().stream().filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                        .map(XWPFParagraph::getText).toList();
                assertTrue(headings.containsAll(List.of("Résumé", "La ville", "Contexte national", "Éducation", "Quartiers",
                        "Bonnes pratiques", "Recommandations", "Programme de la visite", "Organisations rencontrées",
                        "Résultats de l'INDEX")), headings.toString());
                String all = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
                assertTrue(all.contains("Conseil de l'Europe – Programme des Cités interculturelles"));
                assertTrue(all.contains("Visite d'experts : 20–21 mars 2026"), all);
                assertTrue(all.contains("Priorité\u00a0: Haute\u00a0; Domaine\u00a0: Engagement"), all);
                assertTrue(all.contains("La ville se classe 17e sur 93 villes"));
                var results = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Domaine")).findFirst().orElseThrow();
                assertEquals("Auto-évaluation", results.getRow(0).getCell(1).getText());
                assertEquals("Engagement", results.getRow(1).getCell(0).getText());
                assertEquals("41\u00a0%", results.getRow(1).getCell(1).getText());
                assertTrue(doc.getHeaderList().stream().anyMatch(h -> h.getText().contains("Profil interculturel")));
                assertEquals("Profil interculturel – Testville", doc.getProperties().getCoreProperties().getTitle());
                assertTrue(doc.getStyle().xmlText().contains("fr-FR"), "French spelling language");
            }
        });
    }

    @Test
    void anUnknownLanguageIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ProfileMessages.forLanguage("de"));
    }
}
