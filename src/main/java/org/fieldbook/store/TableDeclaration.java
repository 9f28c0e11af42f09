package org.fieldbook.store;

import java.util.Map;

/**
 * The declaration of one synced table (from {@code synced-tables.json}): how its ids look, which rows belong to a
 * visit, which texts are merged line by line, the rule of every field (tracker columns included), which fields hold
 * personal data ({@code personal}: blanked in a redacted export, as is every record of a {@code personalRecords}
 * table) and which free texts may quote people ({@code text} fields, scrubbed of names in a redacted export).
 */
public record TableDeclaration(String name, String idKind, TrackedTable tracked, Map<String, FieldRule> fields,
                               java.util.Set<String> personal, boolean personalRecords) {
    public FieldRule field(String column) {
        return fields.get(column);
    }
}
