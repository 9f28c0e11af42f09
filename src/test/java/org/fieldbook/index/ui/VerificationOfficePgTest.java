package org.fieldbook.index.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.fieldbook.PgTestServer;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.index.TestDefinitions;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.verify.Verification;
import org.fieldbook.index.verify.VerificationStatus;
import org.fieldbook.store.PgLocation;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The verification screen on the office database on PostgreSQL: a choice is saved from the version of the
 * verification the screen shows (its revision), so a status set back to an earlier version's is written.
 */
class VerificationOfficePgTest extends ApplicationTest {
    @TempDir
    Path dir;

    @Override
    public void start(Stage stage) {
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aStatusSetBackOnTheScreenIsSaved() throws Exception {
        PgLocation db = PgTestServer.newDatabase();
        ExecutorService background = Executors.newSingleThreadExecutor();
        try (Services ana = TestWorkspace.officeStaff(db, dir.resolve("Ana"), "Ana");
             Services ben = TestWorkspace.officeStaff(db, dir.resolve("Ben"), "Ben")) {
            QuestionnaireDefinition d = TestDefinitions.tiny();
            ana.index().questionnaires().load(d);
            Visit v = TestWorkspace.visit(ana, "Linkton");
            ana.index().importer().importBytes(v.id(),
                    "{\"questionnaire\": \"tiny-1\", \"answers\": [{\"question\": \"a1\", \"value\": \"yes\"}]}".getBytes(), "a.json");
            ana.index().verifications().save(v.id(), d.id(), new Verification("a1", VerificationStatus.CONFIRMED, null, "", List.of()));

            VerificationViewModel[] vm = new VerificationViewModel[1];
            interact(() -> {
                vm[0] = new VerificationViewModel(ben.index(), ben.search(), ben.attachments(), v.id(), background, "en");
                vm[0].load();
            });
            waitFor(() -> row(vm[0]) != null && row(vm[0]).status() == VerificationStatus.CONFIRMED);

            Verification a = ana.index().verifications().forVisit(v.id(), d).get("a1");
            ana.index().verifications().save(v.id(), d.id(), a.withStatus(VerificationStatus.COULD_NOT_VERIFY));
            interact(() -> vm[0].load()); // the screen follows the colleague's change
            waitFor(() -> row(vm[0]).status() == VerificationStatus.COULD_NOT_VERIFY);

            interact(() -> vm[0].setStatus(row(vm[0]), VerificationStatus.CONFIRMED)); // Ben sets it back
            waitFor(() -> ana.index().verifications().forVisit(v.id(), d).get("a1").status() == VerificationStatus.CONFIRMED);
            assertEquals(VerificationStatus.CONFIRMED, ana.index().verifications().forVisit(v.id(), d).get("a1").status());
            assertTrue(ana.sync().conflicts().list(true).isEmpty(), ana.sync().conflicts().list(true).toString());
        } finally {
            background.shutdownNow();
            background.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private static QuestionRow row(VerificationViewModel vm) {
        return vm.rows().stream().filter(r -> r.id().equals("a1")).findFirst().orElse(null);
    }
}
