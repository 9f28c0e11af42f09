package org.fieldbook.index.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The screen's words from {@code org/fieldbook/index/messages*.properties}. */
final class Strings {
    private final ResourceBundle bundle;

    Strings(String language) {
        bundle = ResourceBundle.getBundle("org.fieldbook.index.messages", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... args) {
        return MessageFormat.format(get(key), args);
    }
}
