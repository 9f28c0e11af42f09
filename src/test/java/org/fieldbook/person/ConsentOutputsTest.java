package org.fieldbook.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.app.cli.FieldbookCommand;
import org.fieldbook.store.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A person who did not agree to be named never appears by name in what Fieldbook sends out (Word export, both languages). */
class ConsentOutputsTest {
    @TempDir
    Path dir;

    @Test
    void noNonConsentingNameInTheWordExport() throws Exception {
        Path ws = dir.resolve("w");
        String visit;
        List<String> withheld;
        try (Services s = TestWorkspace.open(ws)) {
            visit = s.demo().generate();
            withheld = s.store().db().read(c -> Sql.list(c, "SELECT person FROM stakeholder WHERE named_consent=0 AND person<>''",
                    rs -> rs.getString(1)));
            long quoted = s.store().db().read(c -> Sql.count(c, "SELECT count(*) FROM note n JOIN stakeholder s ON s.id=n.speaker_id"
                    + " WHERE s.named_consent=0"));
            assertTrue(quoted > 0, "the demo quotes people who did not agree to be named");
        }
        assertTrue(withheld.size() >= 5, withheld.toString());
        for (String lang : new String[] {"en", "fr"}) {
            Path out = dir.resolve("profile-" + lang + ".docx");
            assertEquals(0, FieldbookCommand.run(new String[] {"--data", ws.toString(), "--lang", lang, "report", "--visit", visit,
                    "--out", out.toString()}));
            String text;
            try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in);
                 XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
                text = x.getText();
            }
            assertTrue(text.length() > 5000, "a whole report");
            for (String name : withheld) {
                assertFalse(text.contains(name), "'" + name + "' is named in the " + lang + " report without consent");
            }
        }
    }
}
