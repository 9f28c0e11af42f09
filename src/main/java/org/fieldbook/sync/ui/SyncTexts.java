package org.fieldbook.sync.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The sync feature's strings (messages.properties, English and French). */
public final class SyncTexts {
    private final ResourceBundle bundle;
    private final Locale locale;

    public SyncTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.fieldbook.sync.messages", locale);
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
