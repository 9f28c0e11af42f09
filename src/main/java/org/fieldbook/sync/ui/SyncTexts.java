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

    /**
     * What went wrong, in the reader's language: a sync problem with a code has its own text ({@code problem.CODE});
     * another keeps its message.
     */
    public String problem(Throwable t) {
        if (t instanceof org.fieldbook.sync.SyncException se && se.code() != null && bundle.containsKey("problem." + se.code())) {
            return get("problem." + se.code(), se.args());
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
