package org.fieldbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Walks every synced table and says how a write to it is kept from overwriting a colleague's change on a shared
 * office database (PostgreSQL). A new synced table fails this test until someone decides: an edited record's
 * repository tells the tracker what it read ({@link Tracker#seen}), so that {@link Tracker#update} and
 * {@link Tracker#delete} start from that version; a computed one is written with {@link Tracker#overwrite}.
 */
class SharedEditsCoverageTest {
    enum How {
        /**
         * A person edits it, or loads it from a file (INDEX answers, sample groups, area mapping) or sets it (the
         * retention period): its repository reports what it read; updates, loads and deletes start from that.
         */
        EDITED,
        /** Computed from other data or loaded whole from a file: the newest one is written as it is (overwrite). */
        COMPUTED,
        /** Written once and never changed after (only deleted or restored as a whole, or reference data). */
        WRITTEN_ONCE
    }

    /** Table, how it is protected, and the repository that reads and writes it. */
    private static final Map<String, Object[]> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("city", new Object[] {How.EDITED, "visit/CityRepository.java"});
        TABLES.put("visit", new Object[] {How.EDITED, "visit/VisitRepository.java"});
        TABLES.put("stakeholder", new Object[] {How.EDITED, "stakeholder/StakeholderRepository.java"});
        TABLES.put("meeting", new Object[] {How.EDITED, "visit/MeetingRepository.java"});
        // a link: removed only when this program showed it (MeetingRepository.removeAttendee)
        TABLES.put("meeting_attendee", new Object[] {How.EDITED, "stakeholder/StakeholderRepository.java"});
        TABLES.put("note", new Object[] {How.EDITED, "note/NoteRepository.java"});
        TABLES.put("attachment", new Object[] {How.WRITTEN_ONCE, "attachment/AttachmentRepository.java"});
        TABLES.put("questionnaire", new Object[] {How.WRITTEN_ONCE, "index/definition/QuestionnaireRepository.java"});
        TABLES.put("index_assessment", new Object[] {How.EDITED, "index/answer/AnswerRepository.java"});
        TABLES.put("index_answer", new Object[] {How.EDITED, "index/answer/AnswerRepository.java"});
        TABLES.put("index_verification", new Object[] {How.EDITED, "index/verify/VerificationRepository.java"});
        TABLES.put("index_evidence_link", new Object[] {How.WRITTEN_ONCE, "index/verify/VerificationRepository.java"});
        TABLES.put("profile_section", new Object[] {How.EDITED, "profile/ProfileSectionRepository.java"});
        TABLES.put("profile_revision", new Object[] {How.WRITTEN_ONCE, "profile/RevisionRepository.java"});
        TABLES.put("profile_source", new Object[] {How.WRITTEN_ONCE, "profile/SourceLinkRepository.java"});
        TABLES.put("profile_recommendation", new Object[] {How.EDITED, "profile/RecommendationRepository.java"});
        TABLES.put("erasure", new Object[] {How.WRITTEN_ONCE, "person/PersonalDataService.java"});
        TABLES.put("erasure_ack", new Object[] {How.WRITTEN_ONCE, "person/PersonalDataService.java"});
        TABLES.put("retention_policy", new Object[] {How.EDITED, "person/Retention.java"});
        TABLES.put("index_result", new Object[] {How.COMPUTED, "index/results/IndexResultRepository.java"});
        TABLES.put("index_sample_group", new Object[] {How.EDITED, "index/results/OfficeDataRepository.java"});
        TABLES.put("index_area_mapping", new Object[] {How.EDITED, "index/results/OfficeDataRepository.java"});
        TABLES.put("sample_statistics", new Object[] {How.COMPUTED, "index/sample/SampleRepository.java"});
    }

    private static final Path MAIN = Path.of("src/main/java/org/fieldbook");

    @Test
    void everySyncedTableHasADecidedProtection() {
        TreeSet<String> synced = SyncedTables.all().stream().map(TableDeclaration::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(synced, new TreeSet<>(TABLES.keySet()), "every synced table is listed here with how its writes are protected");
    }

    @Test
    void editedTablesAreReadThroughTheTrackerAndComputedOnesOverwriteOnPurpose() throws Exception {
        for (Map.Entry<String, Object[]> e : TABLES.entrySet()) {
            String table = e.getKey();
            How how = (How) e.getValue()[0];
            String source = Files.readString(MAIN.resolve((String) e.getValue()[1]));
            assertTrue(source.contains("\"" + table + "\""), table + " is written by " + e.getValue()[1]);
            switch (how) {
                case EDITED -> {
                    assertTrue(source.contains("tracker.seen("),
                            e.getValue()[1] + " reports the versions of " + table + " it reads (Tracker.seen)");
                    assertTrue(!source.contains("overwrite(c, \"" + table + "\"") && !source.contains("overwrite(c, table"),
                            e.getValue()[1] + " never overwrites " + table + " whatever this program had seen");
                }
                case COMPUTED -> assertTrue(source.contains("tracker.overwrite("), e.getValue()[1] + " overwrites " + table + " on purpose");
                case WRITTEN_ONCE -> assertTrue(!source.contains("tracker.update(c, \"" + table + "\""),
                        table + " is not updated field by field");
            }
        }
        // and nothing outside this list decides to overwrite what a person edits
        List<String> overwriting;
        try (var files = Files.walk(MAIN)) {
            overwriting = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    return Files.readString(p).contains(".overwrite(c, ");
                } catch (java.io.IOException x) {
                    throw new java.io.UncheckedIOException(x);
                }
            }).map(p -> MAIN.relativize(p).toString()).sorted().toList();
        }
        assertEquals(List.of("index/results/IndexResultRepository.java", "index/results/IndexResultService.java",
                "index/sample/SampleRepository.java", "person/Retention.java", "sync/ConflictService.java"), overwriting,
                "overwrite is only for computed records, erasure (Retention.apply: contact details) and settled conflicts");
    }
}
