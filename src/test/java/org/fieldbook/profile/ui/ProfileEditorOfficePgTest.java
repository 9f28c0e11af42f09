package org.fieldbook.profile.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.fieldbook.PgTestServer;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.profile.ProfileSection;
import org.fieldbook.profile.SectionStatus;
import org.fieldbook.store.PgLocation;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The profile editor on the office database on PostgreSQL: its saves start from the version of the section it shows
 * (the revision it loaded, then the one each of its saves stored), so a text set back to an earlier version's is
 * written, and a colleague's change to another field made between two saves is kept.
 */
class ProfileEditorOfficePgTest extends ApplicationTest {
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
    void theEditorSavesATextSetBackAndGoesOnFromWhatItStored() throws Exception {
        PgLocation db = PgTestServer.newDatabase();
        ExecutorService background = Executors.newSingleThreadExecutor();
        try (Services ana = TestWorkspace.officeStaff(db, dir.resolve("Ana"), "Ana");
             Services ben = TestWorkspace.officeStaff(db, dir.resolve("Ben"), "Ben")) {
            Visit v = TestWorkspace.visit(ana, "Bergen");
            String id = ana.profile().structure(v.id()).get(0).id();
            ana.profile().saveBody(id, "P1");
            ProfileEditorViewModel[] vm = new ProfileEditorViewModel[1];
            interact(() -> {
                vm[0] = new ProfileEditorViewModel(ben.profile(), ben.evidence(), ben.reports(), v.id(), Locale.ENGLISH, background,
                        Duration.minutes(10));
                vm[0].load();
            });
            waitFor(() -> vm[0].selected.get() != null && "P1".equals(vm[0].text.get()));

            ana.profile().saveBody(id, "P2"); // a colleague's text; Ben's editor reloads the section and shows it
            interact(() -> vm[0].load());
            waitFor(() -> vm[0].sections.stream().anyMatch(s -> s.id().equals(id) && s.body().equals("P2")));
            interact(() -> vm[0].select(vm[0].sections.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow()));
            assertEquals("P2", vm[0].text.get());

            interact(() -> {
                vm[0].text.set("P1"); // Ben sets it back
                vm[0].flush();
            });
            waitFor(() -> ana.profile().section(id).body().equals("P1") && !vm[0].dirty.get());

            // a colleague changes the owner; Ben types on without re-reading: his text is written, her owner kept
            ProfileSection a = ana.profile().section(id);
            ana.profile().setOwner(id, "Ana", a.revision());
            interact(() -> {
                vm[0].text.set("P1\nmore");
                vm[0].flush();
            });
            waitFor(() -> ana.profile().section(id).body().equals("P1\nmore") && !vm[0].dirty.get());
            ProfileSection now = ana.profile().section(id);
            assertEquals("Ana", now.owner(), "the colleague's owner is kept");
            assertEquals(SectionStatus.DRAFT, now.status());
            assertTrue(ana.sync().conflicts().list(true).isEmpty(), ana.sync().conflicts().list(true).toString());
        } finally {
            background.shutdownNow();
        }
    }
    @Test
    void theEditorsNextSaveKeepsTheColleaguesLinesItsLastSaveMergedIn() throws Exception {
        PgLocation db = PgTestServer.newDatabase();
        ExecutorService background = Executors.newSingleThreadExecutor();
        try (Services ana = TestWorkspace.officeStaff(db, dir.resolve("Ana"), "Ana");
             Services ben = TestWorkspace.officeStaff(db, dir.resolve("Ben"), "Ben")) {
            Visit v = TestWorkspace.visit(ana, "Basel");
            String id = ana.profile().structure(v.id()).get(0).id();
            ana.profile().saveBody(id, "L1\nL2\nL3\nL4");
            ProfileEditorViewModel[] vm = new ProfileEditorViewModel[1];
            interact(() -> {
                vm[0] = new ProfileEditorViewModel(ben.profile(), ben.evidence(), ben.reports(), v.id(), Locale.ENGLISH, background,
                        Duration.minutes(10));
                vm[0].load();
            });
            waitFor(() -> vm[0].selected.get() != null && "L1\nL2\nL3\nL4".equals(vm[0].text.get()));
            ana.profile().saveBody(id, "A1\nL2\nL3\nL4"); // Ana: line 1, not shown in Ben's editor
            interact(() -> {
                vm[0].text.set("L1\nL2\nL3\nB4");
                vm[0].flush();
            });
            waitFor(() -> ana.profile().section(id).body().equals("A1\nL2\nL3\nB4") && !vm[0].dirty.get());
            interact(() -> {
                vm[0].text.set("L1\nL2\nL3\nB4\nB5"); // Ben types on, still without Ana's line
                vm[0].flush();
            });
            waitFor(() -> !vm[0].dirty.get() && ana.profile().section(id).body().endsWith("B5"));
            assertEquals("A1\nL2\nL3\nB4\nB5", ana.profile().section(id).body(), "Ana's merged line is kept");
            assertTrue(ana.sync().conflicts().list(true).isEmpty(), ana.sync().conflicts().list(true).toString());
        } finally {
            background.shutdownNow();
        }
    }
}
