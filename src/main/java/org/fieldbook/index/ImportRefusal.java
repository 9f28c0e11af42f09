package org.fieldbook.index;

import java.util.List;
import java.util.stream.Collectors;

/** The message of a refused INDEX import (answers or past results): nothing imported, and why. */
public final class ImportRefusal {
    /** How many problems the message lists; the exception keeps them all. */
    static final int LISTED = 20;

    private ImportRefusal() {
    }

    /** "file: nothing imported; 3 problems: a; b; c" (one problem without the count; "; …" after the first 20). */
    public static String message(String file, List<?> problems) {
        return file + ": nothing imported; " + (problems.size() == 1 ? "" : problems.size() + " problems: ")
                + problems.stream().limit(LISTED).map(Object::toString).collect(Collectors.joining("; "))
                + (problems.size() > LISTED ? "; …" : "");
    }
}
