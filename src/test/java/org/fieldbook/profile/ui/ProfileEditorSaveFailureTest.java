package org.fieldbook.profile.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.profile.ProfileSection;
import org.fieldbook.store.FailingWrites;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** A section body the store refused to write stays in the editor, is written on the next attempt, and the person is told. */
class ProfileEditorSaveFailureTest extends ApplicationTest {
    @TempDir
    Path dir;
    private Services services;
    private Visit visit;
    private ExecutorService background;
    private ProfileEditorViewModel vm;

    @Override
    public void start(Stage stage) {
    }

    @BeforeEach
    void open() throws Exception {
        services = TestWorkspace.open(dir);
        visit = TestWorkspace.visit(services, "Failville");
        background = Executors.newSingleThreadExecutor();
        // a long pause: saves happen only when the test asks (flush, a section switch)
        interact(() -> {
            vm = new ProfileEditorViewModel(services.profile(), services.evidence(), services.reports(), visit.id(),
                    Locale.ENGLISH, background, Duration.minutes(10));
            vm.load();
        });
        waitFor(() -> vm.selected.get() != null && vm.sections.size() > 1);
    }

    @AfterEach
    void close() {
        background.shutdownNow();
        services.close();
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String stored(ProfileSection s) {
        return services.profile().section(s.id()).body();
    }

    @Test
    void aFailedSaveKeepsTheTextDirtyAndTheNextFlushWritesIt() throws Exception {
        ProfileSection first = vm.selected.get();
        try (FailingWrites failing = FailingWrites.on(services.store().db(), "profile_section")) {
            interact(() -> {
                vm.text.set("Words the disk refused.");
                vm.flush();
            });
            waitFor(() -> vm.message.get().contains(FailingWrites.MESSAGE));
            assertTrue(vm.dirty.get(), "still unsaved after the failed write");
            assertTrue(vm.saveState.get().startsWith("Not saved"), vm.saveState.get());
            assertEquals("", stored(first));
        }
        interact(() -> vm.flush());
        waitFor(() -> stored(first).equals("Words the disk refused."));
        waitFor(() -> !vm.dirty.get());
        assertEquals("Saved", vm.saveState.get());
    }

    @Test
    void aSectionSwitchAfterAFailedSaveNeverDiscardsTheText() throws Exception {
        ProfileSection first = vm.selected.get();
        ProfileSection second = vm.sections.get(1);
        try (FailingWrites failing = FailingWrites.on(services.store().db(), "profile_section")) {
            interact(() -> {
                vm.text.set("Typed, then the section changed.");
                vm.select(second);
            });
            waitFor(() -> vm.message.get().contains(FailingWrites.MESSAGE));
            assertEquals("", stored(first));
        }
        // coming back shows the text that was not saved (not the stored body); the switch is the next attempt and writes it
        interact(() -> vm.select(vm.sections.stream().filter(s -> s.id().equals(first.id())).findFirst().orElseThrow()));
        assertEquals("Typed, then the section changed.", vm.text.get());
        waitFor(() -> stored(first).equals("Typed, then the section changed."));
        waitFor(() -> !vm.dirty.get());
        assertEquals("Saved", vm.saveState.get());
    }

    @Test
    void aFailedSaveOfASectionLeftBehindIsRetriedOnTheNextSave() throws Exception {
        ProfileSection first = vm.selected.get();
        ProfileSection second = vm.sections.get(1);
        try (FailingWrites failing = FailingWrites.on(services.store().db(), "profile_section")) {
            interact(() -> {
                vm.text.set("Left behind.");
                vm.select(second);
            });
            waitFor(() -> vm.message.get().contains(FailingWrites.MESSAGE));
        }
        // the person goes on writing in the other section; its save also writes the one left behind
        interact(() -> {
            vm.text.set("Second section text.");
            vm.flush();
        });
        waitFor(() -> stored(second).equals("Second section text."));
        waitFor(() -> stored(first).equals("Left behind."));
    }
}
