package org.fieldbook.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fieldbook.app.Services;
import org.fieldbook.area.IndexArea;
import org.fieldbook.note.NoteKind;
import org.fieldbook.stakeholder.StakeholderCategory;
import org.fieldbook.store.HybridClock;
import org.fieldbook.store.Identity;
import org.fieldbook.visit.MeetingFormat;

/** Fills a workspace with many cities, visits, stakeholders, meetings and notes in one write transaction. */
final class LargeWorkspace {
    /** How big the workspace is. The first visit gets {@code bigVisitNotes} notes, the others share the rest. */
    record Shape(int cities, int visits, int stakeholders, int notes, int bigVisitNotes, int meetingsPerVisit) {
    }

    /** What the benchmark needs to know about the generated data. */
    record Generated(String bigVisitId, List<String> visitIds) {
    }

    private static final String[] FORMATS = {MeetingFormat.MEETING.id(), MeetingFormat.GROUP_SESSION.id(),
            MeetingFormat.SITE_VISIT.id(), MeetingFormat.PUBLIC_EVENT.id(), MeetingFormat.PRESS.id()};
    private static final String[] MEETING_TITLES = {"Meeting with the mayor", "Réunion avec le service jeunesse",
            "Treffen mit dem Integrationsrat", "Incontro con le scuole", "Reunión con asociaciones de vecinos", "World Café",
            "Site visit to the harbour district", "Press debriefing", "Table ronde des associations", "Welcome office visit"};
    private static final String[] COUNTRIES = {"France", "Deutschland", "Italia", "España", "Portugal", "Norge", "Polska", "Ελλάδα"};

    /** The ids of a workspace generated earlier: the visit with the most notes is the big one. */
    static Generated find(Services s) {
        String big = s.store().db().read(c -> org.fieldbook.store.Sql.one(c,
                "SELECT visit_id FROM note GROUP BY visit_id ORDER BY count(*) DESC LIMIT 1", rs -> rs.getString(1)).orElseThrow());
        return new Generated(big, s.visits().summaries().stream().map(v -> v.id()).toList());
    }

    private final Random random = new Random(20240501L);

    Generated generate(Services s, Shape shape, List<IndexArea> areas) {
        HybridClock clock = s.store().tracker().clock();
        Identity who = s.store().identity();
        return s.store().db().write(c -> build(c, clock, who, shape, areas));
    }

    private Generated build(Connection c, HybridClock clock, Identity who, Shape shape, List<IndexArea> areas) throws SQLException {
        if (org.fieldbook.store.Dialect.of(c) != org.fieldbook.store.Dialect.SQLITE) {
            return fill(c, clock, who, shape, areas);
        }
        // A bigger page cache (native memory, not Java heap) for the one big transaction, then back to normal.
        try (var st = c.createStatement()) {
            st.execute("PRAGMA cache_size=-262144");
        }
        try {
            return fill(c, clock, who, shape, areas);
        } finally {
            try (var st = c.createStatement()) {
                st.execute("PRAGMA cache_size=-16000");
            }
        }
    }

    private Generated fill(Connection c, HybridClock clock, Identity who, Shape shape, List<IndexArea> areas) throws SQLException {
        List<String> cityIds = new ArrayList<>();
        List<List<String>> stakeholdersByCity = new ArrayList<>();
        try (BulkInsert city = new BulkInsert(c, clock, who, "city", "name", "country", "population", "foreign_born_pct",
                "languages", "context");
             BulkInsert stakeholder = new BulkInsert(c, clock, who, "stakeholder", "city_id", "person", "organisation", "role",
                     "category", "email", "phone", "named_consent")) {
            StakeholderCategory[] categories = StakeholderCategory.values();
            for (int i = 0; i < shape.cities(); i++) {
                String name = BenchTexts.PLACES.get(i % BenchTexts.PLACES.size()).split(" ")[0] + "-" + (1000 + i);
                cityIds.add(city.insert(name, COUNTRIES[i % COUNTRIES.length], 30_000L + random.nextInt(900_000),
                        5.0 + random.nextInt(30), "French, English", "Generated city for the benchmark."));
                stakeholdersByCity.add(new ArrayList<>());
            }
            for (int i = 0; i < shape.stakeholders(); i++) {
                int cityIndex = i % shape.cities();
                String person = BenchTexts.personName(random);
                stakeholdersByCity.get(cityIndex).add(stakeholder.insert(cityIds.get(cityIndex), person,
                        "Association " + BenchTexts.PLACES.get(random.nextInt(BenchTexts.PLACES.size())), "Member",
                        categories[random.nextInt(categories.length)].id(), "contact" + i + "@example.org", "+00 555 " + i,
                        random.nextBoolean() ? 1 : 0));
            }
        }
        List<String> visitIds = new ArrayList<>();
        List<Integer> visitCity = new ArrayList<>();
        List<List<String>> meetingsByVisit = new ArrayList<>();
        try (BulkInsert visit = new BulkInsert(c, clock, who, "visit", "city_id", "start_date", "end_date", "mode", "status", "team");
             BulkInsert meeting = new BulkInsert(c, clock, who, "meeting", "visit_id", "day", "start_time", "end_time", "title",
                     "place", "format");
             BulkInsert attendee = new BulkInsert(c, clock, who, "meeting_attendee", "meeting_id", "stakeholder_id")) {
            for (int i = 0; i < shape.visits(); i++) {
                int cityIndex = i % shape.cities();
                LocalDate start = LocalDate.of(2015, 1, 5).plusDays(random.nextInt(4000));
                String team = "[{\"name\":\"" + BenchTexts.personName(random) + "\",\"role\":\"expert\"},{\"name\":\""
                        + BenchTexts.personName(random) + "\",\"role\":\"representative\"}]";
                String id = visit.insert(cityIds.get(cityIndex), start.toString(), start.plusDays(1).toString(), "in_person",
                        "done", team);
                visitIds.add(id);
                visitCity.add(cityIndex);
                List<String> meetings = new ArrayList<>();
                List<String> directory = stakeholdersByCity.get(cityIndex);
                for (int m = 0; m < shape.meetingsPerVisit(); m++) {
                    int hour = 8 + (m % (shape.meetingsPerVisit() / 2 + 1));
                    String mid = meeting.insert(id, start.plusDays(m * 2 / shape.meetingsPerVisit()).toString(),
                            String.format("%02d:00", hour), String.format("%02d:45", hour), MEETING_TITLES[random.nextInt(MEETING_TITLES.length)],
                            BenchTexts.PLACES.get(random.nextInt(BenchTexts.PLACES.size())), FORMATS[m % FORMATS.length]);
                    meetings.add(mid);
                    for (int a = 0; a < 3 && !directory.isEmpty(); a++) {
                        String sid = directory.get((m * 3 + a) % directory.size());
                        attendee.insertWithId(org.fieldbook.visit.MeetingRepository.attendeeLinkId(mid, sid), mid, sid);
                    }
                }
                meetingsByVisit.add(meetings);
            }
        }
        try (BulkInsert note = new BulkInsert(c, clock, who, "note", "visit_id", "meeting_id", "kind", "text", "speaker_id",
                "speaker_name", "areas")) {
            NoteKind[] kinds = NoteKind.values();
            int rest = shape.notes() - shape.bigVisitNotes();
            int others = shape.visits() - 1;
            for (int v = 0; v < shape.visits(); v++) {
                int count = v == 0 ? shape.bigVisitNotes() : rest / others + (v - 1 < rest % others ? 1 : 0);
                int language = visitCity.get(v) % BenchTexts.languages();
                List<String> meetings = meetingsByVisit.get(v);
                for (int n = 0; n < count; n++) {
                    String meetingId = n % 10 == 9 ? null : meetings.get(n % meetings.size());
                    NoteKind kind = kinds[random.nextInt(kinds.length)];
                    int first = random.nextInt(areas.size());
                    String area1 = areas.get(first).id();
                    String area2 = areas.get((first + 1 + random.nextInt(areas.size() - 1)) % areas.size()).id();
                    String tags = random.nextInt(3) == 0 ? "[\"" + area1 + "\",\"" + area2 + "\"]" : "[\"" + area1 + "\"]";
                    String speaker = kind == NoteKind.QUOTE ? BenchTexts.personName(random) : "";
                    note.insert(visitIds.get(v), meetingId, kind.id(), BenchTexts.note(random, language), null, speaker, tags);
                }
            }
        }
        return new Generated(visitIds.get(0), visitIds);
    }
}
