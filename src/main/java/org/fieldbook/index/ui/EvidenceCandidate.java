package org.fieldbook.index.ui;

/** A note or attachment of the visit found by search, which the expert may link as evidence. */
public record EvidenceCandidate(String type, String id, String text) {
    @Override
    public String toString() {
        return (type.equals("note") ? "📝 " : "📎 ") + text;
    }
}
