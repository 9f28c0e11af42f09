package org.fieldbook.store;

import java.util.Map;

/**
 * The declaration of one synced table (from {@code synced-tables.json}): how its ids look, which rows belong to a
 * visit, which texts are merged line by line, and the rule of every field, tracker columns included.
 */
public record TableDeclaration(String name, String idKind, TrackedTable tracked, Map<String, FieldRule> fields) {
    public FieldRule field(String column) {
        return fields.get(column);
    }
}
