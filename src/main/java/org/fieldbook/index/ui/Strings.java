package org.fieldbook.index.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The screen's words from {@code org/fieldbook/index/messages*.properties}. */
final class Strings {
    private final ResourceBundle bundle;
    private final Locale locale;

    Strings(String language) {
        locale = Locale.forLanguageTag(language);
        bundle = ResourceBundle.getBundle("org.fieldbook.index.messages", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... args) {
        // the screen's language, never the JVM's default locale (numbers, plurals)
        return new MessageFormat(get(key), locale).format(args);
    }
}
