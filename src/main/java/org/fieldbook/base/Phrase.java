package org.fieldbook.base;

/**
 * A part of a problem (a field's fault, a reason, a duration) with a code, its English text and its values: given
 * as an argument of a {@link Coded} problem it is said in the reader's language; its {@code toString()} is the
 * English text, so it can be concatenated into an English message as before.
 */
public record Phrase(String code, String text, Object[] args) implements Coded {
    public Phrase {
        args = args.clone();
    }

    public static Phrase coded(String code, String text, Object... args) {
        return new Phrase(code, text, args);
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public String toString() {
        return text;
    }
}
