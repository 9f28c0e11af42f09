package org.fieldbook.index.workbook;

import java.util.Locale;
import java.util.ResourceBundle;

/** The words of generated workbooks, from the index feature's bundle in the workbook's language. */
final class WorkbookStrings {
    private final ResourceBundle bundle;
    final String language;

    WorkbookStrings(String language) {
        this.language = language == null ? "en" : language;
        this.bundle = ResourceBundle.getBundle("org.fieldbook.index.messages", Locale.forLanguageTag(this.language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... args) {
        return java.text.MessageFormat.format(get(key), args);
    }
}
