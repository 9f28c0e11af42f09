package org.fieldbook.index.definition;

import java.util.Map;

/** Picks a text in the wanted language from a {language: text} map, falling back to English, then any. */
public final class Texts {
    private Texts() {
    }

    public static String pick(Map<String, String> texts, String language) {
        if (texts == null || texts.isEmpty()) {
            return "";
        }
        String t = language == null ? null : texts.get(language);
        if (t == null || t.isBlank()) {
            t = texts.get("en");
        }
        if (t == null || t.isBlank()) {
            t = texts.values().iterator().next();
        }
        return t == null ? "" : t;
    }
}
