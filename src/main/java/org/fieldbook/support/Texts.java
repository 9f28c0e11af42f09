package org.fieldbook.support;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.fieldbook.base.Coded;

/**
 * The one way Fieldbook speaks: a feature's message bundle ({@code messages.properties} English,
 * {@code messages_fr.properties} French) in one of our two languages. Used by the window, the command line, the
 * workbooks and the reports alike. Never falls back to the operating system's locale: a language that is not ours is
 * English, and numbers and plurals are formatted in the language asked for, not the JVM's default.
 */
public final class Texts {
    /** The window's strings. */
    public static final String WINDOW = "org.fieldbook.support.ui.messages";
    /** The INDEX screens' and workbooks' strings. */
    public static final String INDEX = "org.fieldbook.index.messages";
    /** Bundles, the inbox and their problems. */
    public static final String SYNC = "org.fieldbook.sync.messages";
    /** The profile editor's and the Word reports' strings. */
    public static final String PROFILE = "org.fieldbook.profile.messages";
    /** Personal data: the access document, consent placeholders. */
    public static final String PERSON = "org.fieldbook.person.messages";

    private final Language language;
    private final ResourceBundle bundle;

    private Texts(String bundleName, Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(bundleName, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Texts of(String bundleName, Language language) {
        return new Texts(bundleName, language == null ? Language.ENGLISH : language);
    }

    /** {@code locale}'s language when it is one of ours, else English. */
    public static Texts of(String bundleName, Locale locale) {
        return of(bundleName, Language.forLocale(locale));
    }

    /** A language code such as "fr" ({@code --lang}); anything that is not ours is English. */
    public static Texts of(String bundleName, String languageCode) {
        return of(bundleName, Language.fromCode(languageCode).orElse(Language.ENGLISH));
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text as written (no {@code {0}} filled in). */
    public String get(String key) {
        return bundle.getString(key);
    }

    /** The text with its {@code {0}}… filled in, numbers and plurals in this language. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale()).format(args);
    }

    /** Like {@link #format}, but the text as written when there are no arguments, and "!key!" for a missing key. */
    public String t(String key, Object... args) {
        if (!bundle.containsKey(key)) {
            return "!" + key + "!";
        }
        return args.length == 0 ? get(key) : format(key, args);
    }

    /** A date, the one way this language writes dates on screen ("Dec 5, 2026", "5 déc. 2026"). */
    public String date(java.time.LocalDate day) {
        return day == null ? "" : java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(locale()).format(day);
    }

    /** A day with its weekday, for headings ("Saturday, Dec 5, 2026", "samedi 5 déc. 2026"). */
    public String day(java.time.LocalDate day) {
        if (day == null) {
            return "";
        }
        String weekday = day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, locale());
        return weekday + (language == Language.FRENCH ? " " : ", ") + date(day);
    }

    /** A moment in this computer's time zone: the date as {@link #date}, then the time ("Dec 5, 2026, 14:30"). */
    public String dateTime(java.time.Instant when) {
        if (when == null) {
            return "";
        }
        java.time.LocalDateTime local = java.time.LocalDateTime.ofInstant(when, java.time.ZoneId.systemDefault());
        return date(local.toLocalDate()) + (language == Language.FRENCH ? " à " : ", ")
                + String.format(Locale.ROOT, "%02d:%02d", local.getHour(), local.getMinute());
    }

    /** {@link #dateTime} for a stored ISO-8601 instant; the text as stored when it is not one. */
    public String dateTime(String isoInstant) {
        if (isoInstant == null || isoInstant.isBlank()) {
            return "";
        }
        try {
            return dateTime(java.time.Instant.parse(isoInstant));
        } catch (java.time.format.DateTimeParseException notAnInstant) {
            return isoInstant;
        }
    }

    /**
     * What to tell the person about {@code t}: the text {@code problem.CODE} of this bundle when the problem carries a
     * code this bundle knows, else the problem's own message.
     */
    public String problem(Throwable t) {
        if (t instanceof Coded coded && knows(coded)) {
            return say(coded);
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private boolean knows(Coded coded) {
        return coded.code() != null && bundle.containsKey("problem." + coded.code());
    }

    /** {@code problem.CODE} with its arguments; an argument that is itself {@link Coded} is said in this language too. */
    private String say(Coded coded) {
        Object[] args = coded.args();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Coded part && knows(part)) {
                args[i] = say(part);
            }
        }
        return format("problem." + coded.code(), args);
    }
}
