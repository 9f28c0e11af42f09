package org.fieldbook.sync.merge;

/** A version of a merged text field to remember: its stamp and text (null when only the stamp is known). */
public record TextVersion(String field, String stamp, String text) {
}
