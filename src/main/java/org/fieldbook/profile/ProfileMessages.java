package org.fieldbook.profile;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The profile feature's strings (report labels and editor texts) in English or French. The chosen language
 * never falls back to the machine's default locale.
 */
public final class ProfileMessages {
    private final Locale locale;
    private final ResourceBundle bundle;
    private final org.fieldbook.support.Texts texts;

    public ProfileMessages(Locale locale) {
        this.texts = org.fieldbook.support.Texts.of(org.fieldbook.support.Texts.PROFILE, locale);
        this.locale = texts.locale();
        this.bundle = texts.bundle();
    }

    /** "en" or "fr"; anything else is a user mistake. */
    public static ProfileMessages forLanguage(String lang) {
        if (lang == null || lang.isBlank() || lang.equalsIgnoreCase("en")) {
            return new ProfileMessages(Locale.ENGLISH);
        }
        if (lang.equalsIgnoreCase("fr")) {
            return new ProfileMessages(Locale.FRENCH);
        }
        throw new IllegalArgumentException("Unknown language '" + lang + "' (en or fr)");
    }

    public Locale locale() {
        return locale;
    }

    public boolean french() {
        return "fr".equals(locale.getLanguage());
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String text(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... args) {
        return texts.format(key, args);
    }

    public String date(LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }

    /** "20–21 March 2026", "30 March – 1 April 2026" or one day. */
    public String dateRange(LocalDate from, LocalDate to) {
        if (to == null || from.equals(to)) {
            return date(from);
        }
        if (from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
            return from.getDayOfMonth() + "\u2013" + date(to);
        }
        if (from.getYear() == to.getYear()) {
            return from.format(DateTimeFormatter.ofPattern("d MMMM", locale)) + " \u2013 " + date(to);
        }
        return date(from) + " \u2013 " + date(to);
    }

    /** A rate in percent for tables and sentences; "n/a" when unknown. */
    public String percent(Double v) {
        return v == null ? text("report.unknown") : String.format(locale, french() ? "%.0f\u00a0%%" : "%.0f%%", v);
    }
}
