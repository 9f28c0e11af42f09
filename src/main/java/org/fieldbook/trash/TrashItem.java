package org.fieldbook.trash;

/**
 * One deleted record. {@code type} is "visit", "note", "meeting" or "stakeholder"; {@code context} says where it
 * belonged (city, meeting); {@code deletedHlc} is the clock stamp of the deletion, for ordering.
 */
public record TrashItem(String type, String id, String title, String context, String deletedHlc) {
}
