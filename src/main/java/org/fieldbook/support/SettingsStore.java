package org.fieldbook.support;

import java.util.Locale;
import org.fieldbook.store.MetaStore;

/**
 * Reads and writes {@link Settings} in the workspace's meta table. An unknown stored value (a newer version's
 * theme, a hand-edited database) falls back to the default instead of failing.
 */
public final class SettingsStore {
    static final String LANGUAGE = "settings.language";
    static final String THEME = "settings.theme";

    private final MetaStore meta;
    private final Locale systemLocale;

    public SettingsStore(MetaStore meta, Locale systemLocale) {
        this.meta = meta;
        this.systemLocale = systemLocale;
    }

    public SettingsStore(MetaStore meta) {
        this(meta, Locale.getDefault());
    }

    public Settings load() {
        Settings defaults = Settings.defaults(systemLocale);
        var storedLanguage = meta.get(LANGUAGE).flatMap(Language::fromCode);
        Theme theme = meta.get(THEME).flatMap(Theme::fromId).orElse(defaults.theme());
        return new Settings(storedLanguage.orElse(defaults.language()), theme, storedLanguage.isPresent());
    }

    /** Stores the theme, and the language when the user has chosen one. */
    public void save(Settings settings) {
        if (settings.languageChosen()) {
            meta.put(LANGUAGE, settings.language().code());
        }
        meta.put(THEME, settings.theme().id());
    }
}
