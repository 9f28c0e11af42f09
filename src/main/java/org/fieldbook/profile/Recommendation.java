package org.fieldbook.profile;

/**
 * A recommendation to the city, with its priority and the INDEX area it addresses (may be null); {@code revision} is
 * the stored revision it was read at (0: not read from the store).
 */
public record Recommendation(String id, String visitId, int order, String text, Priority priority, String areaId,
                             long revision) {
    /** A recommendation not read from the store (revision 0). */
    public Recommendation(String id, String visitId, int order, String text, Priority priority, String areaId) {
        this(id, visitId, order, text, priority, areaId, 0);
    }

    public Recommendation {
        text = text == null ? "" : text.trim();
        priority = priority == null ? Priority.MEDIUM : priority;
        if (text.isEmpty()) {
            throw new IllegalArgumentException("A recommendation needs a text");
        }
    }

    public Recommendation withId(String newId) {
        return new Recommendation(newId, visitId, order, text, priority, areaId, revision);
    }

    public Recommendation withRevision(long newRevision) {
        return new Recommendation(id, visitId, order, text, priority, areaId, newRevision);
    }
}
