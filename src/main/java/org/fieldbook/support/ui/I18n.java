package org.fieldbook.support.ui;

import org.fieldbook.support.Texts;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The window's strings in one language (English by default, French with {@code --lang fr} or in Settings): the
 * window's bundle through {@link Texts}, plus the JavaFX helpers views need (labels for enums, converters).
 */
public final class I18n {
    private final Texts texts;
    private final Locale locale;

    public I18n(Locale locale) {
        this.texts = Texts.of(Texts.WINDOW, locale);
        this.locale = texts.locale();
    }

    /** The same strings as a plain {@link Texts}. */
    public Texts texts() {
        return texts;
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return texts.bundle();
    }

    /** The string for {@code key}, with {@code {0}}-style arguments filled in when given. */
    public String t(String key, Object... args) {
        return texts.t(key, args);
    }

    /** A date, the one way the window's language writes dates (see {@link Texts#date}). */
    public String date(java.time.LocalDate day) {
        return texts.date(day);
    }

    /** A day with its weekday, for headings (see {@link Texts#day}). */
    public String day(java.time.LocalDate day) {
        return texts.day(day);
    }

    /** A stored ISO-8601 moment as the window's language writes it (see {@link Texts#dateTime(String)}). */
    public String dateTime(String isoInstant) {
        return texts.dateTime(isoInstant);
    }

    /** For date pickers: shows and reads dates as {@link #date} writes them. */
    public javafx.util.StringConverter<java.time.LocalDate> dates() {
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(locale);
        return new javafx.util.converter.LocalDateStringConverter(f, f);
    }

    public boolean has(String key) {
        return texts.has(key);
    }

    /** The label of an enum constant: key {@code SimpleName.CONSTANT}. */
    public String label(Enum<?> value) {
        return value == null ? "" : t(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** A drop-down converter that shows each constant by its {@link #label} (the list is never typed into). */
    public <E extends Enum<E>> javafx.util.StringConverter<E> labels() {
        return Converters.showing(this::label);
    }
}
