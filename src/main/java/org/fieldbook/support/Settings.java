package org.fieldbook.support;

import java.util.Locale;
import java.util.Objects;

/**
 * The user's choices kept in the workspace: interface language and theme. {@code languageChosen} is false until
 * the user picked a language (the first start asks).
 */
public record Settings(Language language, Theme theme, boolean languageChosen) {
    public Settings {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(theme, "theme");
    }

    /** What a new workspace starts with: the system's language when it is French, else English; light theme. */
    public static Settings defaults(Locale system) {
        return new Settings(Language.forLocale(system), Theme.LIGHT, false);
    }

    public Settings withLanguage(Language l) {
        return new Settings(l, theme, true);
    }

    public Settings withTheme(Theme t) {
        return new Settings(language, t, languageChosen);
    }
}
