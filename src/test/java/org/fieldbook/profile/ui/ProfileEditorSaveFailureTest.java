package org.fieldbook.profile.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.util.Duration;
import org.fieldbook.profile.ProfileSection;
import org.fieldbook.store.FailingWrites;
import org.fieldbook.support.ui.OneVisitFxTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A section body the store refused to write stays in the editor, is written on the next attempt, and the person is told. */
class ProfileEditorSaveFailureTest extends OneVisitFxTest {
    private ProfileEditorViewModel vm;

    @Override
    protected String city() {
        return "Failville";
    }

    @BeforeEach
    void open() throws Exception {
        // a long pause: saves happen only when the test asks (flush, a section switch)
        interact(() -> {
            vm = new ProfileEditorViewModel(services.profile(), services.evidence(), services.reports(), visit.id(),
                    Locale.ENGLISH, background, Duration.minutes(10));
            vm.load();
        });
        waitFor(() -> vm.selected.get() != null && vm.sections.size() > 1);
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
