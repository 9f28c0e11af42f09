package org.fieldbook.index.verify;

/** A link from a verification to a piece of evidence: a note or an attachment of the visit. */
public record EvidenceLink(String id, String targetType, String targetId) {
    public static final String NOTE = "note";
    public static final String ATTACHMENT = "attachment";
}
