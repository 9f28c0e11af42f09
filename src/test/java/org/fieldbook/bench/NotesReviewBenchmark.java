package org.fieldbook.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.area.IndexArea;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.note.NoteReviewIndex;
import org.fieldbook.note.NoteReviewIndex.Facet;
import org.fieldbook.note.ReviewNote;
import org.fieldbook.note.ui.NotesReviewModel;
import org.fieldbook.profile.ProfileSection;
import org.fieldbook.store.Role;
import org.fieldbook.store.Tracker;
import org.fieldbook.visit.Meeting;
import org.fieldbook.visit.MeetingFormat;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notes review on a 1,500-note visit (16 meetings over two days, four authors with accents, 200–800-character
 * notes in five languages, one to three areas on most, files on one in ten, a fifth drafted into the profile):
 * {@code notes_review_filter_ms} is the p95 of applying a filter change in the view model (the filtering, the counts
 * per value for every filter and the list handed to the view; not JavaFX drawing it), over 1,000 random changes of one
 * filter after 300 to warm up; {@code notes_review_load_ms} the median of reading the visit's notes for the review.
 */
@Tag("bench")
class NotesReviewBenchmark {
    private static final int NOTES = 1500;
    private static final int CHANGES = 1000;
    private static final int WARM_UP = 300;

    @TempDir
    Path dir;

    @Test
    void filterChangesOnAFifteenHundredNoteVisit() {
        try (Services s = TestWorkspace.open(dir)) {
            Visit v = TestWorkspace.visit(s, "Benchville");
            Random r = new Random(7);
            List<Meeting> meetings = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                meetings.add(s.meetings().create(new Meeting(null, v.id(), v.start().plusDays(i / 8), LocalTime.of(9 + i % 8, 0),
                        LocalTime.of(9 + i % 8, 50), "Meeting " + (i + 1), "Place " + i, MeetingFormat.MEETING)));
            }
            List<IndexArea> areas = s.areas().list();
            List<String> authors = List.of("Hélène Dubois", "Łukasz Nowak", "Zoë Lefèvre", "Émile Roux");
            List<Note> written = new ArrayList<>();
            long g0 = System.nanoTime();
            for (int a = 0; a < authors.size(); a++) {
                s.store().setIdentity(authors.get(a), Role.EXPERT);
                int from = a * NOTES / authors.size();
                int to = (a + 1) * NOTES / authors.size();
                Tracker tracker = s.store().tracker();
                written.addAll(s.store().db().write(c -> {
                    List<Note> batch = new ArrayList<>();
                    for (int i = from; i < to; i++) {
                        int areaCount = r.nextInt(8) == 0 ? 0 : 1 + r.nextInt(3);
                        List<String> tags = new ArrayList<>();
                        while (tags.size() < areaCount) {
                            String id = areas.get(r.nextInt(areas.size())).id();
                            if (!tags.contains(id)) {
                                tags.add(id);
                            }
                        }
                        String meetingId = r.nextInt(12) == 0 ? null : meetings.get(r.nextInt(meetings.size())).id();
                        Note n = new Note(Tracker.newId(), v.id(), meetingId, NoteKind.values()[r.nextInt(NoteKind.values().length)],
                                BenchTexts.note(r, i), null, "", tags);
                        Map<String, Object> f = new LinkedHashMap<>();
                        f.put("visit_id", n.visitId());
                        f.put("meeting_id", n.meetingId());
                        f.put("kind", n.kind().id());
                        f.put("text", n.text());
                        f.put("speaker_id", null);
                        f.put("speaker_name", "");
                        f.put("areas", tags.isEmpty() ? "[]" : "[\"" + String.join("\",\"", tags) + "\"]");
                        tracker.insert(c, "note", n.id(), f);
                        if (r.nextInt(10) == 0) {
                            Map<String, Object> file = new LinkedHashMap<>();
                            file.put("note_id", n.id());
                            file.put("sha256", String.format("%064x", i));
                            file.put("file_name", "photo-" + i + ".jpg");
                            file.put("media_type", "image/jpeg");
                            file.put("size", 1000 + i);
                            tracker.insert(c, "attachment", Tracker.newId(), file);
                        }
                        batch.add(n);
                    }
                    return batch;
                }));
            }
            // a fifth of the notes drafted into the profile: one paragraph each in its area's section (or good practice)
            Map<String, ProfileSection> sections = new HashMap<>();
            for (ProfileSection ps : s.profile().structure(v.id())) {
                sections.put(ps.areaId() != null ? ps.areaId() : ps.key(), ps);
            }
            Map<String, StringBuilder> bodies = new LinkedHashMap<>();
            int drafted = 0;
            for (Note n : written) {
                if (r.nextInt(5) != 0) {
                    continue;
                }
                ProfileSection ps = n.areas().isEmpty() ? sections.get("good_practice") : sections.get(n.areas().get(0));
                String paragraph = s.evidence().insert(ps, n, Locale.ENGLISH);
                bodies.computeIfAbsent(ps.id(), k -> new StringBuilder()).append(paragraph).append("\n\n");
                drafted++;
            }
            bodies.forEach((id, body) -> s.profile().saveBody(id, body.toString()));
            BenchResults.record("notes_review_generate_s", (System.nanoTime() - g0) / 1e9, Double.NaN, true);

            // the read, as the review does it on each (re)load
            double[] loads = new double[6];
            List<ReviewNote> all = null;
            for (int i = 0; i < loads.length; i++) {
                long t0 = System.nanoTime();
                all = s.noteReview().load(v.id());
                loads[i] = (System.nanoTime() - t0) / 1e6;
            }
            assertEquals(NOTES, all.size());
            long used = all.stream().filter(ReviewNote::used).count();
            assertEquals(drafted, used, "every drafted note counts as used");
            BenchResults.record("notes_review_load_ms", CaptureBenchmark.percentile(java.util.Arrays.copyOfRange(loads, 1, loads.length), 50),
                    Double.NaN, true);

            NotesReviewModel model = new NotesReviewModel(s.noteReview(), v.id(), Locale.FRENCH, null);
            model.show(all);
            NoteReviewIndex index = model.indexProperty().get();
            Map<Facet, List<String>> values = new HashMap<>();
            for (Facet f : Facet.values()) {
                values.put(f, index.values(f));
            }
            Facet[] facets = Facet.values();
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            double[] times = new double[CHANGES];
            double[] cpuTimes = new double[CHANGES];
            long shownSum = 0;
            for (int i = 0; i < WARM_UP + CHANGES; i++) {
                Facet f = facets[r.nextInt(facets.length)];
                List<String> choices = values.get(f);
                // any, or one of the facet's values; at most three filters at once, as a reviewer narrows down
                String value = r.nextInt(4) == 0 ? null : choices.get(r.nextInt(choices.size()));
                if (value != null && activeFilters(model) >= 3 && model.filterProperty(f).get() == null) {
                    value = null;
                    f = firstActive(model);
                }
                if (java.util.Objects.equals(model.filterProperty(f).get(), value)) {
                    value = null;
                }
                long c0 = cpu.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                model.filterProperty(f).set(value); // applies at once: filtering, counts, the list
                long t1 = System.nanoTime();
                long c1 = cpu.getCurrentThreadCpuTime();
                shownSum += model.notes().size();
                if (i >= WARM_UP) {
                    times[i - WARM_UP] = (t1 - t0) / 1e6;
                    cpuTimes[i - WARM_UP] = (c1 - c0) / 1e6;
                }
            }
            assertTrue(shownSum > 0);
            BenchResults.record("notes_review_filter_median_ms", CaptureBenchmark.percentile(times, 50), Double.NaN, true);
            BenchResults.record("notes_review_filter_cpu_p95_ms", CaptureBenchmark.percentile(cpuTimes, 95), Double.NaN, true);
            BenchResults.record("notes_review_filter_max_ms", CaptureBenchmark.percentile(times, 100), Double.NaN, true);
            BenchResults.record("load_average_1min", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Double.NaN, true);
            double p95 = CaptureBenchmark.percentile(times, 95);
            BenchResults.record("notes_review_filter_ms", p95, 50, true);
            assertTrue(p95 <= 50, "notes_review_filter_ms p95 " + p95 + " > 50");
        }
    }

    private static int activeFilters(NotesReviewModel model) {
        int n = 0;
        for (Facet f : Facet.values()) {
            if (model.filterProperty(f).get() != null) {
                n++;
            }
        }
        return n;
    }

    private static Facet firstActive(NotesReviewModel model) {
        for (Facet f : Facet.values()) {
            if (model.filterProperty(f).get() != null) {
                return f;
            }
        }
        return Facet.AREA;
    }
}
