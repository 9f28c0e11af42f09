package org.fieldbook.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.fieldbook.app.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void newWorkspaceFollowsTheSystemLanguageAndAsksForAChoice() {
        try (Services s = Services.open(dir)) {
            Settings fr = new SettingsStore(s.store().meta(), Locale.CANADA_FRENCH).load();
            assertEquals(Language.FRENCH, fr.language());
            assertEquals(Theme.LIGHT, fr.theme());
            assertFalse(fr.languageChosen());
            assertEquals(Language.ENGLISH, new SettingsStore(s.store().meta(), Locale.GERMANY).load().language());
        }
    }

    @Test
    void choicesSurviveReopeningTheWorkspace() {
        try (Services s = Services.open(dir)) {
            SettingsStore store = new SettingsStore(s.store().meta(), Locale.ENGLISH);
            store.save(store.load().withLanguage(Language.FRENCH).withTheme(Theme.DARK));
        }
        try (Services s = Services.open(dir)) {
            Settings loaded = new SettingsStore(s.store().meta(), Locale.ENGLISH).load();
            assertEquals(new Settings(Language.FRENCH, Theme.DARK, true), loaded);
        }
    }

    @Test
    void unknownStoredValuesFallBackToDefaults() {
        try (Services s = Services.open(dir)) {
            s.store().meta().put(SettingsStore.LANGUAGE, "klingon");
            s.store().meta().put(SettingsStore.THEME, "neon");
            Settings loaded = new SettingsStore(s.store().meta(), Locale.FRANCE).load();
            assertEquals(Language.FRENCH, loaded.language());
            assertEquals(Theme.LIGHT, loaded.theme());
            assertFalse(loaded.languageChosen());
        }
    }

    @Test
    void themeAloneDoesNotCountAsALanguageChoice() {
        try (Services s = Services.open(dir)) {
            SettingsStore store = new SettingsStore(s.store().meta(), Locale.ENGLISH);
            store.save(store.load().withTheme(Theme.DARK));
            Settings loaded = store.load();
            assertEquals(Theme.DARK, loaded.theme());
            assertFalse(loaded.languageChosen());
            assertTrue(store.load().withLanguage(Language.ENGLISH).languageChosen());
        }
    }

    @Test
    void languageCodesAreReadLeniently() {
        assertEquals(Language.FRENCH, Language.fromCode(" FR_be ").orElseThrow());
        assertEquals(Language.ENGLISH, Language.fromCode("en-GB").orElseThrow());
        assertTrue(Language.fromCode("de").isEmpty());
        assertEquals(Locale.FRENCH, Language.FRENCH.locale());
    }
}
