package org.fieldbook.profile;

/** A recommendation to the city, with its priority and the INDEX area it addresses (may be null). */
public record Recommendation(String id, String visitId, int order, String text, Priority priority, String areaId) {
    public Recommendation {
        text = text == null ? "" : text.trim();
        priority = priority == null ? Priority.MEDIUM : priority;
        if (text.isEmpty()) {
            throw new IllegalArgumentException("A recommendation needs a text");
        }
    }

    public Recommendation withId(String newId) {
        return new Recommendation(newId, visitId, order, text, priority, areaId);
    }
}
