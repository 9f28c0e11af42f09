package org.fieldbook.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.fieldbook.app.Services;
import org.fieldbook.store.Sql;
import org.fieldbook.sync.imports.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reference data loaded from the same file is byte-identical in every workspace, so sync never sees two versions. */
class CanonicalReferenceTest {
    @TempDir
    Path dir;

    private static String questionnaireRows(Services s) {
        return s.store().db().read(c -> Sql.list(c, "SELECT id || '|' || created_hlc || '|' || updated_hlc || '|' || author || '|'"
                + " || device || '|' || stamps || '|' || edition || '|' || sha256 || '|' || definition FROM questionnaire ORDER BY id",
                rs -> rs.getString(1))).toString();
    }

    @Test
    void aFreshOfficeImportingTheDemoVisitReportsNoConflict() {
        Path bundle = dir.resolve("demo.fbz");
        String expertRows;
        try (Services e = SyncFixture.open(dir.resolve("expert"), "Ana")) {
            String visit = e.demo().generate();
            SyncFixture.exportVisit(e, visit, bundle);
            expertRows = questionnaireRows(e);
        }
        try (Services o = SyncFixture.open(dir.resolve("office"), "Office")) {
            assertEquals(expertRows, questionnaireRows(o), "the bundled questionnaire is byte-identical in both workspaces");
            ImportReport r = SyncFixture.importTrusted(o, bundle);
            assertTrue(r.applied());
            assertEquals(0, r.conflicts().size(), "conflicts: " + r.conflicts());
            assertEquals(0, o.sync().conflicts().openCount());
        }
    }
}
