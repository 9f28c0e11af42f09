package org.fieldbook.support.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The window's strings in one language (English by default, French with {@code --lang fr}). */
public final class I18n {
    private static final String BUNDLE = "org.fieldbook.support.ui.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    public I18n(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language asked for by {@code --lang xx} or {@code --lang=xx} among the raw arguments. */
    public static I18n fromArgs(List<String> args) {
        String lang = "en";
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--lang") && i + 1 < args.size()) {
                lang = args.get(i + 1);
            } else if (a.startsWith("--lang=")) {
                lang = a.substring("--lang=".length());
            }
        }
        return new I18n("fr".equalsIgnoreCase(lang.trim()) ? Locale.FRENCH : Locale.ENGLISH);
    }

    /** The language given by {@code --lang xx} or {@code --lang=xx}, when it is one of ours. */
    public static java.util.Optional<org.fieldbook.support.Language> languageArgument(List<String> args) {
        String lang = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--lang") && i + 1 < args.size()) {
                lang = args.get(i + 1);
            } else if (a.startsWith("--lang=")) {
                lang = a.substring("--lang=".length());
            }
        }
        return org.fieldbook.support.Language.fromCode(lang);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The string for {@code key}, with {@code {0}}-style arguments filled in when given. */
    public String t(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
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
