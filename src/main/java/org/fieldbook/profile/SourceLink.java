package org.fieldbook.profile;

/** A paragraph of a section (marked in its Markdown by {@code anchor}) drawn from a note. */
public record SourceLink(String id, String sectionId, String noteId, String anchor) {
}
