package org.fieldbook.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.fieldbook.support.JsonMappers;

/** JSON output for scripts (every command's --json). */
public final class Json {
    private Json() {
    }

    /** Prints the value as indented JSON on one or more lines and flushes. */
    public static void print(PrintWriter out, Object value) {
        try {
            out.println(JsonMappers.pretty().writeValueAsString(value));
            out.flush();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A list: with --json an array of each entry's JSON; else the line {@code none} when it is empty, or each entry printed. */
    public static <T> void printList(PrintWriter out, boolean json, List<T> items, Function<T, ?> toJson, String none, Consumer<T> print) {
        if (json) {
            print(out, items.stream().map(toJson).toList());
        } else if (items.isEmpty()) {
            out.println(none);
        } else {
            items.forEach(print);
        }
    }

    /** A JSON object with its keys in the order given: key, value, key, value, … (a value may be null; more can be put). */
    public static Map<String, Object> object(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("a key without a value");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
