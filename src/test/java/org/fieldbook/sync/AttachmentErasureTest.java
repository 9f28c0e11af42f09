package org.fieldbook.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fieldbook.app.Services;
import org.fieldbook.attachment.Attachment;
import org.fieldbook.person.PersonalDataService;
import org.fieldbook.store.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attached files hold people too: a transcript naming the person, a photo whose file name is theirs. The preview and
 * the access export list them; the erasure renames the files, writes the transcript again without them and removes the
 * old file, here and in every workspace the erasure reaches, even after an old bundle brings the old file back.
 */
class AttachmentErasureTest {
    private static final String NAME = "Ilyes Bouzid";
    private static final String[] TRACES = {"Ilyes Bouzid", "Bouzid", "bouzid", "ilyes.bouzid@example.org"};

    @TempDir
    Path dir;

    private static String stakeholder(Services s) {
        return s.store().db().read(c -> Sql.one(c, "SELECT id FROM stakeholder WHERE person=?", rs -> rs.getString(1), NAME)).orElseThrow();
    }

    /** Every file of the workspace, attachments included (keys aside), searched byte by byte. */
    private static void noTraceInFiles(Path workspace) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(workspace)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.startsWith(workspace.resolve("keys"))).toList();
        }
        assertTrue(files.stream().anyMatch(p -> p.startsWith(workspace.resolve("attachments"))), "the workspace has attachments");
        for (Path f : files) {
            String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            for (String t : TRACES) {
                assertFalse(bytes.contains(t), "'" + t + "' still in " + workspace.relativize(f));
            }
        }
    }

    private static long attachmentsNaming(Services s) {
        return s.store().db().read(c -> Sql.count(c, "SELECT count(*) FROM attachment WHERE lower(file_name) LIKE '%bouzid%'"));
    }

    @Test
    void attachedFilesAreListedAndErasedEverywhere() throws Exception {
        Path old = dir.resolve("old.fbz");
        String visit;
        String person;
        String transcriptSha;
        byte[] transcript = ("Interview transcript, youth centre.\nIlyes Bouzid: the evening sessions are full.\n"
                + "Contact afterwards: ilyes.bouzid@example.org\nThe mediator agreed.\n").getBytes(StandardCharsets.UTF_8);
        try (Services a = SyncFixture.open(dir.resolve("a"), "Ana")) {
            visit = a.demo().generate();
            person = stakeholder(a);
            String quote = a.store().db().read(c -> Sql.one(c, "SELECT id FROM note WHERE speaker_id=? LIMIT 1", rs -> rs.getString(1),
                    person)).orElseThrow();
            String other = a.store().db().read(c -> Sql.one(c, "SELECT id FROM note WHERE speaker_id IS NULL AND deleted=0 LIMIT 1",
                    rs -> rs.getString(1))).orElseThrow();
            Attachment t = a.attachments().attach(other, "interview-notes.txt", transcript);
            transcriptSha = t.sha256();
            a.attachments().attach(other, "photo-Ilyes_Bouzid-youth-centre.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
            a.attachments().attach(quote, "drawing.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 4, 5, 6});

            List<PersonalDataService.Place> places = a.person().preview(person);
            assertTrue(places.stream().anyMatch(p -> p.table().equals("attachment") && p.field().equals("content")), places.toString());
            assertTrue(places.stream().anyMatch(p -> p.table().equals("attachment") && p.field().equals("file_name")), places.toString());
            assertTrue(places.stream().anyMatch(p -> p.table().equals("attachment") && p.field().equals("file")
                    && p.what().contains("drawing.png") && p.what().contains("by eye")), places.toString());
            List<?> listed = (List<?>) a.person().export(person).get("attachments");
            for (String f : new String[] {"interview-notes.txt", "photo-Ilyes_Bouzid-youth-centre.png", "drawing.png"}) {
                assertTrue(listed.stream().anyMatch(m -> ((Map<?, ?>) m).get("what").toString().contains(f)), f + " in " + listed);
            }
            assertTrue(PersonalDataService.readable(a.person().export(person)).contains("interview-notes.txt"));
            SyncFixture.exportVisit(a, visit, old);
        }
        try (Services b = SyncFixture.open(dir.resolve("b"), "Bo")) {
            assertTrue(SyncFixture.importTrusted(b, old).applied());
            assertEquals(1, attachmentsNaming(b));
        }
        Path erased = dir.resolve("erased.fbz");
        try (Services a = SyncFixture.open(dir.resolve("a"), "Ana")) {
            a.person().erase(person, "request", false);
            assertEquals(0, attachmentsNaming(a));
            long renamed = a.store().db().read(c -> Sql.count(c,
                    "SELECT count(*) FROM attachment WHERE file_name='photo-name-removed-youth-centre.png'"));
            assertEquals(1, renamed);
            assertFalse(a.attachments().files().has(transcriptSha), "the old transcript file is removed");
            String now = a.store().db().read(c -> Sql.one(c, "SELECT sha256 FROM attachment WHERE file_name='interview-notes.txt'",
                    rs -> rs.getString(1))).orElseThrow();
            String text = Files.readString(a.attachments().files().pathOf(now));
            assertTrue(text.contains("[name removed]: the evening sessions are full."), text);
            assertTrue(text.contains("The mediator agreed."), text);
            SyncFixture.exportVisit(a, visit, erased);
        }
        noTraceInFiles(dir.resolve("a"));
        try (Services o = SyncFixture.open(dir.resolve("office"), "Office")) {
            assertTrue(SyncFixture.importTrusted(o, old).applied());
            assertTrue(o.attachments().files().has(transcriptSha));
            assertTrue(SyncFixture.importTrusted(o, erased).applied());
            assertEquals(0, attachmentsNaming(o));
            assertFalse(o.attachments().files().has(transcriptSha), "the office removed the old transcript");
            o.sync().imports().undoLast();
            assertEquals(0, attachmentsNaming(o), "undoing the erasure's import brings no file name back");
            assertFalse(o.attachments().files().has(transcriptSha));
            SyncFixture.importTrusted(o, old);
            assertEquals(0, attachmentsNaming(o), "the old bundle brings no file name back");
        }
        noTraceInFiles(dir.resolve("office"));
        try (Services b = SyncFixture.open(dir.resolve("b"), "Bo")) {
            assertTrue(SyncFixture.importTrusted(b, erased).applied());
            assertEquals(0, attachmentsNaming(b));
        }
        noTraceInFiles(dir.resolve("b"));
    }

    @Test
    void aFileNameIsScrubbedWordByWord() {
        Map<String, String> cases = Map.of("photo-Ilyes_Bouzid.png", "photo-name-removed.png",
                "bouzid.txt", "name-removed.txt", "agenda.pdf", "agenda.pdf");
        try (Services a = SyncFixture.open(dir.resolve("n"), "Ana")) {
            a.demo().generate();
            String person = stakeholder(a);
            String note = a.store().db().read(c -> Sql.one(c, "SELECT id FROM note LIMIT 1", rs -> rs.getString(1))).orElseThrow();
            for (String name : cases.keySet()) {
                a.attachments().attach(note, name, new byte[] {1, 2, 3, (byte) name.length()});
            }
            a.person().erase(person, "", false);
            for (Map.Entry<String, String> e : cases.entrySet()) {
                long n = a.store().db().read(c -> Sql.count(c, "SELECT count(*) FROM attachment WHERE file_name=?", e.getValue()));
                assertEquals(1, n, e.getKey() + " → " + e.getValue());
            }
        }
    }
}
