package org.fieldbook.attachment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.fieldbook.TestWorkspace;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void sameBytesAreStoredOnceBySha256() throws Exception {
        TestWorkspace.withVisit(dir.resolve("ws"), "Testville", (s, v) -> {
            Note n1 = s.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, "one", null, "", List.of()));
            Note n2 = s.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, "two", null, "", List.of()));
            byte[] bytes = "a small photo, pretend".getBytes(StandardCharsets.UTF_8);
            Path file = dir.resolve("Place du Marché.jpg");
            Files.write(file, bytes);
            Attachment a = s.attachments().attach(n1.id(), file);
            Attachment b = s.attachments().attach(n2.id(), "copy.jpg", bytes);
            Attachment other = s.attachments().attach(n2.id(), "report.pdf", "%PDF-1.4 other".getBytes(StandardCharsets.UTF_8));

            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertEquals(sha, a.sha256());
            assertEquals(sha, b.sha256());
            assertNotEquals(a.id(), b.id(), "two records");
            assertNotEquals(sha, other.sha256());
            assertArrayEquals(bytes, Files.readAllBytes(s.attachments().files().pathOf(sha)));
            try (Stream<Path> stored = Files.walk(dir.resolve("ws").resolve("attachments"))) {
                assertEquals(2, stored.filter(Files::isRegularFile).count(), "one file per distinct content, no leftovers");
            }
            assertEquals("image/jpeg", a.mediaType());
            assertTrue(a.isImage());
            assertEquals("application/pdf", other.mediaType());
            assertEquals("Place du Marché.jpg", s.attachments().forNote(n1.id()).get(0).fileName());
            assertEquals(2, s.attachments().forNote(n2.id()).size());
            s.attachments().delete(b.id());
            assertEquals(List.of(other.id()), s.attachments().forNote(n2.id()).stream().map(Attachment::id).toList());
            assertTrue(s.attachments().files().has(sha), "the file stays: the other note still uses it");
        });
    }
}
