package org.fieldbook.sync;

/** A stored conflict as shown to a person: both versions, the base for texts, the value kept for now. */
public record ConflictRow(long n, String table, String id, String field, String kind, String local, String remote,
                          String base, String kept, String status) {
    public boolean isOpen() {
        return "open".equals(status);
    }
}
