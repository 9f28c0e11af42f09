package org.fieldbook.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fieldbook.TestJson;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.app.cli.FieldbookCommand;
import org.fieldbook.store.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Access on request from the command line: a JSON file and a readable Word document (English or French) with the
 * person's record, every meeting they attended, every quote attributed to them and every place their name appears.
 */
class AccessDocumentTest {
    @TempDir
    Path dir;

    private static String text(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return x.getText();
        }
    }

    @Test
    void jsonAndAWordDocumentInBothLanguages() throws Exception {
        Path ws = dir.resolve("w");
        String person;
        String name;
        List<String> quotes;
        List<String> meetings;
        try (Services s = TestWorkspace.open(ws)) {
            s.demo().generate();
            // the person quoted most often in the demo
            person = s.store().db().read(c -> Sql.one(c, "SELECT speaker_id FROM note WHERE speaker_id IS NOT NULL GROUP BY speaker_id"
                    + " ORDER BY count(*) DESC, speaker_id LIMIT 1", rs -> rs.getString(1))).orElseThrow();
            name = s.stakeholders().find(person).orElseThrow().person();
            quotes = s.store().db().read(c -> Sql.list(c, "SELECT text FROM note WHERE speaker_id=? AND deleted=0", rs -> rs.getString(1),
                    person));
            meetings = s.store().db().read(c -> Sql.list(c, "SELECT m.title FROM meeting m JOIN meeting_attendee a ON a.meeting_id=m.id"
                    + " WHERE a.stakeholder_id=? AND a.deleted=0", rs -> rs.getString(1), person));
        }
        assertTrue(quotes.size() >= 2 && !meetings.isEmpty(), quotes + " " + meetings);
        for (String lang : new String[] {"en", "fr"}) {
            Path out = dir.resolve("access-" + lang);
            assertEquals(0, FieldbookCommand.run(new String[] {"--data", ws.toString(), "--lang", lang, "person", "export",
                    "--stakeholder", person, "--out", out.toString()}));
            JsonNode json = TestJson.tree(dir.resolve("access-" + lang + ".json"));
            assertEquals(name, json.path("stakeholder").path("person").asText());
            String doc = text(dir.resolve("access-" + lang + ".docx"));
            Files.copy(dir.resolve("access-" + lang + ".docx"), Path.of("target", "access-sample-" + lang + ".docx"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertTrue(doc.strip().startsWith(lang.equals("fr") ? "Données personnelles détenues sur " + name : "Personal data held about " + name),
                    doc);
            assertTrue(doc.contains(lang.equals("fr") ? "Citations qui lui sont attribuées" : "Quotes attributed to them"), doc);
            for (String q : quotes) {
                assertTrue(doc.contains(q.strip().replace('\n', ' ').substring(0, Math.min(60, q.strip().length()))), "quote: " + q);
            }
            for (String m : meetings) {
                assertTrue(doc.contains(m), "meeting: " + m);
            }
            assertTrue(doc.contains(lang.equals("fr") ? "une section du profil de la ville" : "a section of the city's profile"), doc);
            // the profile's hidden source comments and Markdown marks are not shown to the person
            assertTrue(!doc.contains("<!--") && !doc.contains("**"), doc);
        }
    }

    @Test
    void mentionsReadAsPlainText() {
        assertEquals("Heading\nSaid by the mayor in a meeting, see notes.",
                AccessDocument.plain("## Heading\n<!-- source: note 1 -->Said by **the mayor** in a [meeting](https://x), see `notes`."));
    }
}
