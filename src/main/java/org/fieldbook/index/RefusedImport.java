package org.fieldbook.index;

import java.util.List;

/**
 * An INDEX file that was refused (answers or past results); nothing was imported. Keeps every problem, in the order
 * found; the message lists the first 20 ({@link ImportRefusal#message}).
 */
public abstract class RefusedImport extends IllegalArgumentException {
    private final List<?> problems;

    protected RefusedImport(String file, List<?> problems) {
        super(ImportRefusal.message(file, problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, as the subclass's problem type. */
    protected final <P> List<P> problems(Class<P> type) {
        return problems.stream().map(type::cast).toList();
    }
}
