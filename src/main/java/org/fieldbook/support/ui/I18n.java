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

    public boolean has(String key) {
        return texts.has(key);
    }

    /** The label of an enum constant: key {@code SimpleName.CONSTANT}. */
    public String label(Enum<?> value) {
        return value == null ? "" : t(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** A drop-down converter that shows each constant by its {@link #label} (the list is never typed into). */
    public <E extends Enum<E>> javafx.util.StringConverter<E> labels() {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(E value) {
                return label(value);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
    }
}
