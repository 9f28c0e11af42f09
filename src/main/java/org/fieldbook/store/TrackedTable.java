package org.fieldbook.store;

import java.util.Set;

/**
 * A table whose records are tracked (see {@link Tracker}) and travel in sync bundles.
 *
 * @param name          table name
 * @param visitScope    SQL condition on the table (alias-free) selecting the rows that belong to the visit
 *                      bound as the single {@code ?} parameter
 * @param mergedTexts   long text columns merged three-way, line by line, rather than last-writer-wins
 */
public record TrackedTable(String name, String visitScope, Set<String> mergedTexts) {
}
