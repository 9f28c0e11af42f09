package org.fieldbook.app.cli;

import java.io.PrintWriter;
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
}
