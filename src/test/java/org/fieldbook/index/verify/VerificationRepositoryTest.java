package org.fieldbook.index.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.index.IndexIds;
import org.fieldbook.index.TestDefinitions;
import org.fieldbook.index.answer.AnswerValue;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.store.Sql;
import org.fieldbook.store.TrackedTable;
import org.fieldbook.store.TrackedTables;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerificationRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void linksHaveDeterministicIdsAndTablesAreVisitScoped() {
        try (Services s = TestWorkspace.open(dir)) {
            QuestionnaireDefinition d = TestDefinitions.tiny();
            s.index().questionnaires().load(d);
            Visit v = TestWorkspace.visit(s, "Linkton");
            Visit other = TestWorkspace.visit(s, "Elsewhere");
            s.index().importer().importBytes(v.id(), "{\"questionnaire\": \"tiny-1\", \"answers\": [{\"question\": \"a1\", \"value\": \"yes\"}]}".getBytes(), "a.json");
            Note note = s.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, "Resolution seen", null, "", List.of("a")));
            VerificationRepository repo = s.index().verifications();
            EvidenceLink first = repo.link(v.id(), d.id(), "a1", EvidenceLink.NOTE, note.id());
            EvidenceLink again = repo.link(v.id(), d.id(), "a1", EvidenceLink.NOTE, note.id());
            assertEquals(first.id(), again.id());
            // written out here, not taken from IndexIds: another laptop (or an older version) computes exactly this
            String verificationId = nameUuid("verification|" + v.id() + "|" + d.id() + "|a1");
            assertEquals(nameUuid("evidence|" + verificationId + "|note|" + note.id()), first.id(),
                    "the same link made on another laptop gets the same id");
            repo.unlink(first.id());
            assertEquals(0, repo.forVisit(v.id(), d).get("a1").links().size());
            repo.link(v.id(), d.id(), "a1", EvidenceLink.NOTE, note.id());
            assertEquals(1, repo.forVisit(v.id(), d).get("a1").links().size(), "linking again restores the link");
            repo.save(v.id(), d.id(), new Verification("a1", VerificationStatus.CORRECTED, AnswerValue.choice("no"), "not adopted", List.of()));
            Verification stored = repo.forVisit(v.id(), d).get("a1");
            assertEquals(AnswerValue.choice("no"), stored.verifiedValue());
            assertEquals(1, stored.links().size(), "saving the status keeps the links");
            repo.save(v.id(), d.id(), stored.withStatus(VerificationStatus.CONFIRMED));
            assertEquals(null, repo.forVisit(v.id(), d).get("a1").verifiedValue(), "a verified value only with a correction");

            for (String table : List.of("questionnaire", "index_assessment", "index_answer", "index_verification", "index_evidence_link")) {
                TrackedTable t = TrackedTables.byName(table);
                long mine = s.store().db().read(c -> Sql.count(c, "SELECT count(*) FROM " + table + " WHERE " + t.visitScope(), v.id()));
                long theirs = s.store().db().read(c -> Sql.count(c, "SELECT count(*) FROM " + table + " WHERE " + t.visitScope(), other.id()));
                assertTrue(mine > 0, table + " has rows in the visit's scope");
                assertEquals(0, theirs, table + " has none in another visit's scope");
            }
        }
    }

    /** A name-based (MD5, version 3) UUID of the UTF-8 bytes, as every Fieldbook version computes ids. */
    private static String nameUuid(String name) {
        return java.util.UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    @Test
    void idsKeepTheFormatOtherLaptopsUse() {
        // fixed values: changing how ids are made would split one verification into two across versions
        assertEquals("a057a33d-e680-36b5-98e0-8788ce125855", IndexIds.verification("visit-1", "q-1", "a1"));
        assertEquals("7ed79ed8-32de-369e-a22e-7055fcc29af8",
                IndexIds.evidenceLink("a057a33d-e680-36b5-98e0-8788ce125855", "note", "note-1"));
        assertEquals("ce8b08d5-3ccb-3f13-9a8f-74d15f789cfb", IndexIds.answer("visit-1", "q-1", "a1"));
    }
}
