package org.fieldbook.attachment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.fieldbook.PgTestServer;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.store.PgLocation;
import org.fieldbook.store.Sql;
import org.fieldbook.store.Store;
import org.fieldbook.store.StoreCopy;
import org.fieldbook.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attachments on the office's PostgreSQL database (embedded server): the content lives in the database, once per
 * distinct file, so a colleague's program (another local folder) opens what one attached; every read is checked
 * against the hash; moving a workspace to the database and back keeps every file; erasure removes the old content.
 */
class AttachmentContentPgTest {
    @TempDir
    Path dir;

    private Services program(PgLocation db, String folder, String who) {
        return TestWorkspace.officeStaff(db, dir.resolve(folder), who);
    }

    private static String sha(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static long rows(Services s, String sha) {
        return s.store().db().read(c -> Sql.count(c, "SELECT count(*) FROM attachment_content WHERE sha256=?", sha));
    }

    private static long localFiles(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}")).count();
        }
    }

    private static Note note(Services s, String visitId, String text) {
        return s.notes().save(new Note(null, visitId, null, NoteKind.OBSERVATION, text, null, "", List.of()));
    }

    @Test
    void aColleagueOpensTheFileAnotherAttachedAndTheSameFileIsStoredOnce() throws Exception {
        PgLocation db = PgTestServer.newDatabase();
        byte[] photo = ("a photo of the market square " + "x".repeat(5000)).getBytes(StandardCharsets.UTF_8);
        String sha = sha(photo);
        try (Services a = program(db, "ana", "Ana"); Services b = program(db, "bo", "Bo")) {
            var visit = org.fieldbook.TestWorkspace.visit(a, "Lyon");
            Note n1 = note(a, visit.id(), "market");
            Note n2 = note(a, visit.id(), "square");
            Path file = dir.resolve("Place du Marché.jpg");
            Files.write(file, photo);
            Attachment first = a.attachments().attach(n1.id(), file);
            assertEquals(sha, first.sha256());
            assertEquals(0, localFiles(dir.resolve("ana").resolve("attachments")), "nothing kept in Ana's own folder");

            // Bo, another program with its own folder, reads the same bytes
            List<Attachment> seen = b.attachments().forNote(n1.id());
            assertEquals(1, seen.size());
            assertTrue(b.attachments().files().has(sha));
            assertArrayEquals(photo, b.attachments().files().read(sha));
            assertArrayEquals(photo, Files.readAllBytes(b.attachments().files().pathOf(sha)), "a checked copy to open");

            // the same file added again (by either) is stored once
            a.attachments().attach(n2.id(), "copy.jpg", photo);
            b.attachments().attach(n2.id(), "again.jpg", photo);
            assertEquals(1, rows(a, sha));
            assertEquals(1L, (long) a.store().db().read(c -> Sql.count(c, "SELECT count(*) FROM attachment_content")));
            assertEquals(3L, (long) a.store().db().read(c -> Sql.count(c, "SELECT count(*) FROM attachment WHERE sha256=?", sha)));
        }
    }

    @Test
    void aTamperedRowIsRefusedOnReadNamingTheFile() throws Exception {
        PgLocation db = PgTestServer.newDatabase();
        byte[] minutes = "minutes of the meeting with the mayor\n".repeat(50).getBytes(StandardCharsets.UTF_8);
        try (Services a = program(db, "ana", "Ana"); Services b = program(db, "bo", "Bo")) {
            var visit = org.fieldbook.TestWorkspace.visit(a, "Lyon");
            Attachment att = a.attachments().attach(note(a, visit.id(), "mayor").id(), "minutes.txt", minutes);
            byte[] changed = minutes.clone();
            changed[10] = 'X';
            a.store().db().write(c -> Sql.update(c, "UPDATE attachment_content SET content=? WHERE sha256=?", changed, att.sha256()));

            StoreException e = assertThrows(StoreException.class, () -> b.attachments().files().read(att.sha256()));
            assertTrue(e.getMessage().contains("'minutes.txt'") && e.getMessage().contains("damaged"), e.getMessage());
            StoreException open = assertThrows(StoreException.class, () -> b.attachments().files().pathOf(att.sha256()));
            assertTrue(open.getMessage().contains("minutes.txt"), open.getMessage());
            assertEquals(0, localFiles(dir.resolve("bo").resolve("attachments")), "no copy of the damaged file was made");
        }
    }

    @Test
    void aWorkspaceMovesToTheDatabaseAndBackWithItsFiles() throws Exception {
        byte[] one = "first file".getBytes(StandardCharsets.UTF_8);
        byte[] two = new byte[200_000];
        new java.util.Random(5).nextBytes(two);
        String noteId;
        try (Services folder = org.fieldbook.TestWorkspace.open(dir.resolve("folder"))) {
            var visit = org.fieldbook.TestWorkspace.visit(folder, "Lyon");
            noteId = note(folder, visit.id(), "files").id();
            folder.attachments().attach(noteId, "one.txt", one);
            folder.attachments().attach(noteId, "two.bin", two);
            folder.attachments().attach(noteId, "one-again.txt", one);
        }
        PgLocation db = PgTestServer.newDatabase();
        try (Store from = Store.open(dir.resolve("folder")); Store to = Store.open(db, dir.resolve("local"), System::currentTimeMillis, null)) {
            StoreCopy.Report r = StoreCopy.copy(from, to);
            assertEquals(2, r.attachments());
        }
        assertEquals(0, localFiles(dir.resolve("local").resolve("attachments")), "the files went into the database");
        try (Services pg = program(db, "colleague", "Cleo")) {
            assertEquals(3, pg.attachments().forNote(noteId).size());
            assertArrayEquals(one, pg.attachments().files().read(sha(one)));
            assertArrayEquals(two, pg.attachments().files().read(sha(two)));
        }
        try (Store from = Store.open(db, dir.resolve("local"), System::currentTimeMillis, null); Store to = Store.open(dir.resolve("back"))) {
            StoreCopy.Report r = StoreCopy.copy(from, to);
            assertEquals(2, r.attachments());
        }
        try (Services back = org.fieldbook.TestWorkspace.open(dir.resolve("back"))) {
            assertArrayEquals(one, Files.readAllBytes(back.attachments().files().pathOf(sha(one))));
            assertArrayEquals(two, back.attachments().files().read(sha(two)));
        }
    }

    @Test
    void filesAPreviousVersionKeptInTheLocalFolderMoveIntoTheDatabase() throws Exception {
        PgLocation db = PgTestServer.newDatabase();
        byte[] old = "kept locally before the office shared its files".getBytes(StandardCharsets.UTF_8);
        String sha = sha(old);
        try (Services a = program(db, "ana", "Ana")) {
            assertFalse(a.attachments().files().has(sha));
        }
        Path legacy = dir.resolve("ana").resolve("attachments").resolve(sha.substring(0, 2)).resolve(sha);
        Files.createDirectories(legacy.getParent());
        Files.write(legacy, old);
        try (Services a = program(db, "ana", "Ana"); Services b = program(db, "bo", "Bo")) {
            assertFalse(Files.exists(legacy), "moved into the database");
            assertArrayEquals(old, b.attachments().files().read(sha));
        }
    }

    @Test
    void erasingAPersonRemovesTheOldContentFromTheDatabase() throws Exception {
        PgLocation db = PgTestServer.newDatabase();
        byte[] transcript = ("Interview transcript, youth centre.\nIlyes Bouzid: the evening sessions are full.\n"
                + "The mediator agreed.\n").getBytes(StandardCharsets.UTF_8);
        try (Services a = program(db, "ana", "Ana")) {
            a.demo().generate();
            String person = a.store().db().read(c -> Sql.one(c, "SELECT id FROM stakeholder WHERE person=?", rs -> rs.getString(1),
                    "Ilyes Bouzid")).orElseThrow();
            String other = a.store().db().read(c -> Sql.one(c, "SELECT id FROM note WHERE speaker_id IS NULL AND deleted=0 LIMIT 1",
                    rs -> rs.getString(1))).orElseThrow();
            Attachment t = a.attachments().attach(other, "interview-notes.txt", transcript);
            a.person().erase(person, "request", false);
            assertEquals(0, rows(a, t.sha256()), "the old transcript's content is gone from the database");
            String now = a.store().db().read(c -> Sql.one(c, "SELECT sha256 FROM attachment WHERE file_name='interview-notes.txt'",
                    rs -> rs.getString(1))).orElseThrow();
            String text = new String(a.attachments().files().read(now), StandardCharsets.UTF_8);
            assertTrue(text.contains("[name removed]: the evening sessions are full."), text);
            long traces = (long) a.store().db().read(c -> Sql.count(c,
                    "SELECT count(*) FROM attachment_content WHERE position(convert_to('Bouzid', 'UTF8') in content) > 0"));
            assertEquals(0, traces, "no stored file still names the person");
        }
    }
}
