package org.fieldbook.sync.merge;

/**
 * A conflict found while merging one field: both versions (and the base for texts) and the value kept for
 * now. Kinds: {@code text} (overlapping line edits), {@code field} (concurrent edits of one field),
 * {@code delete} (a deletion that met an edit it had not seen; the edit was kept).
 */
public record Conflict(String table, String id, String field, String kind, String local, String remote, String base,
                       String kept) {
}
