package org.fieldbook.store;

import java.util.List;
import java.util.Set;

/**
 * Every tracked table, parents before children (the order records are applied in on import).
 * A feature that adds a tracked table registers it here.
 */
public final class TrackedTables {
    public static final List<TrackedTable> ALL = List.of(
            new TrackedTable("city", "id = (SELECT city_id FROM visit WHERE id = ?)", Set.of("context")),
            new TrackedTable("visit", "id = ?", Set.of()),
            new TrackedTable("stakeholder", "city_id = (SELECT city_id FROM visit WHERE id = ?)", Set.of()),
            new TrackedTable("meeting", "visit_id = ?", Set.of()),
            new TrackedTable("meeting_attendee", "meeting_id IN (SELECT id FROM meeting WHERE visit_id = ?)", Set.of()),
            new TrackedTable("note", "visit_id = ?", Set.of("text")),
            new TrackedTable("attachment", "note_id IN (SELECT id FROM note WHERE visit_id = ?)", Set.of()),
            new TrackedTable("questionnaire", "id IN (SELECT x.q FROM (SELECT ? AS v) p JOIN (SELECT visit_id, questionnaire_id AS q FROM index_answer"
                    + " UNION SELECT visit_id, questionnaire_id FROM index_assessment) x ON x.visit_id = p.v)", Set.of()),
            new TrackedTable("index_assessment", "visit_id = ?", Set.of()),
            new TrackedTable("index_answer", "visit_id = ?", Set.of("evidence")),
            new TrackedTable("index_verification", "visit_id = ?", Set.of("rationale")),
            new TrackedTable("index_evidence_link",
                    "verification_id IN (SELECT id FROM index_verification WHERE visit_id = ?)", Set.of()),
            new TrackedTable("profile_section", "visit_id = ?", Set.of("body")),
            new TrackedTable("profile_revision", "visit_id = ?", Set.of()),
            new TrackedTable("profile_source", "visit_id = ?", Set.of()),
            new TrackedTable("profile_recommendation", "visit_id = ?", Set.of("text")),
            // Sample statistics belong to no visit: every visit's bundle carries them (the office sends them out).
            new TrackedTable("sample_statistics", "? IS NOT NULL", Set.of()),
            // INDEX results are the office's database of cities (the sample): every bundle carries all of them.
            new TrackedTable("index_result", "? IS NOT NULL", Set.of()));

    private TrackedTables() {
    }

    public static TrackedTable byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a tracked table: " + name));
    }
}
