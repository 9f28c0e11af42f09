package org.fieldbook.profile;

import java.time.Instant;

/** One saved state of a section's body: who saved it, when, and an optional note (e.g. "restored"). */
public record Revision(String id, String sectionId, String author, Instant savedAt, String hlc, String body, String note) {
}
