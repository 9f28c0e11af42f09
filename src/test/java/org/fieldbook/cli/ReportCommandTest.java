package org.fieldbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
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
                    "no INDEX scoring is wired yet, so the annex says so");
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
}
