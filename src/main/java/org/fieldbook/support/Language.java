package org.fieldbook.support;

import java.util.Locale;
import java.util.Optional;

/** The languages the interface is written in. */
public enum Language {
    ENGLISH("en"),
    FRENCH("fr");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, as used by {@code --lang} and the resource bundles. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The language for a code such as "fr" or "fr-CA"; empty when it is not one of ours. */
    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String lang = code.trim().toLowerCase(Locale.ROOT);
        int cut = lang.indexOf('-') >= 0 ? lang.indexOf('-') : lang.indexOf('_');
        if (cut >= 0) {
            lang = lang.substring(0, cut);
        }
        for (Language l : values()) {
            if (l.code.equals(lang)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** French when the system speaks French, English otherwise. */
    public static Language forLocale(Locale locale) {
        return fromCode(locale == null ? null : locale.getLanguage()).orElse(ENGLISH);
    }
}
