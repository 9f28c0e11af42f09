package org.fieldbook.support.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Converters for drop-downs and lists that only show their values (they are never typed into). */
public final class Converters {
    private Converters() {
    }

    /** Shows each value as {@code text} says; no value shows as nothing, and typed text reads back as no value. */
    public static <T> StringConverter<T> showing(Function<? super T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String typed) {
                return null;
            }
        };
    }
}
