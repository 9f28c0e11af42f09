package org.fieldbook.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleConsumer;
import org.fieldbook.area.IndexArea;
import org.fieldbook.index.IndexDemo;
import org.fieldbook.note.Note;
import org.fieldbook.stakeholder.Stakeholder;
import org.fieldbook.visit.City;
import org.fieldbook.visit.Meeting;
import org.fieldbook.visit.Visit;

/**
 * Adds the demo city and its two-day visit to a workspace, through the repositories, in one transaction
 * (all or nothing). Each call adds a new, independent copy.
 */
public final class DemoGenerator {
    private final DemoServices services;

    public DemoGenerator(DemoServices services) {
        this.services = services;
    }

    /** Generates the demo; returns the new visit's id. */
    public String generate() {
        return generate(p -> { });
    }

    /**
     * Generates the demo, reporting progress from 0 to 1 (called on the database writer thread; a view must
     * hand it over to its own thread). Returns the new visit's id.
     */
    public String generate(DoubleConsumer progress) {
        Map<String, IndexArea> areas = new LinkedHashMap<>();
        for (IndexArea a : services.areas().list()) {
            areas.put(a.id(), a);
        }
        Files files = new Files();
        progress.accept(0.05);
        String visitId = services.db().write(c -> build(areas, files, progress));
        IndexDemo.populate(services.index(), services.notes(), visitId);
        progress.accept(0.97);
        DemoProfile.populate(services, visitId);
        progress.accept(1.0);
        return visitId;
    }

    private String build(Map<String, IndexArea> areas, Files files, DoubleConsumer progress) {
        City city = services.cities().create(DemoCity.city());
        Visit visit = services.visits().create(DemoCity.visit(city.id(), LocalDate.now().minusDays(1)));
        Map<String, String> ids = new HashMap<>();
        Map<String, DemoDirectory.Entry> entries = new HashMap<>();
        for (DemoDirectory.Entry e : DemoDirectory.ENTRIES) {
            Stakeholder s = services.stakeholders().create(e.toStakeholder(city.id()));
            ids.put(e.key(), s.id());
            entries.put(e.key(), e);
        }
        progress.accept(0.2);
        DemoNotes planner = new DemoNotes(new Random(2024), areas);
        int total = DemoProgramme.ITEMS.size();
        for (int i = 0; i < total; i++) {
            DemoProgramme.Item item = DemoProgramme.ITEMS.get(i);
            Meeting m = services.meetings().create(item.toMeeting(visit.id(), visit.start()));
            List<String> attendeeIds = new ArrayList<>();
            List<DemoDirectory.Entry> attendees = new ArrayList<>();
            for (String key : item.attendees()) {
                services.meetings().addAttendee(m.id(), ids.get(key));
                attendeeIds.add(ids.get(key));
                attendees.add(entries.get(key));
            }
            List<Note> saved = new ArrayList<>();
            for (Note n : planner.forMeeting(visit.id(), m.id(), i, item, attendeeIds, attendees)) {
                saved.add(services.notes().save(n));
            }
            files.attachFor(item, saved);
            progress.accept(0.2 + 0.7 * (i + 1) / total);
        }
        List<Note> visitNotes = new ArrayList<>();
        for (Note n : planner.forVisit(visit.id())) {
            visitNotes.add(services.notes().save(n));
        }
        if (!visitNotes.isEmpty()) {
            files.attachProgramme(visitNotes.get(0));
        }
        progress.accept(0.95);
        return visit.id();
    }

    /** Which notes get a photo or a document. */
    private final class Files {
        void attachFor(DemoProgramme.Item item, List<Note> notes) {
            if (notes.isEmpty()) {
                return;
            }
            String caption = switch (item.format()) {
                case SITE_VISIT -> item.title().replace("Site visit: ", "");
                case PUBLIC_EVENT -> "World Café, Halle aux Toiles — tables at 19:40";
                default -> null;
            };
            if (caption != null) {
                String name = "photo-" + slug(caption) + ".png";
                services.attachments().attach(notes.get(0).id(), name, DemoFiles.photo(caption, caption.hashCode()));
            }
        }

        void attachProgramme(Note note) {
            List<String> lines = new ArrayList<>();
            lines.add("DEMO DATA - fictional city, fictional people.");
            lines.add("");
            for (DemoProgramme.Item item : DemoProgramme.ITEMS) {
                lines.add("Day " + (item.day() + 1) + "  " + item.start() + "-" + item.end() + "  " + item.title());
            }
            services.attachments().attach(note.id(), "visit-programme.pdf",
                    DemoFiles.pdf("Expert visit to Vellmar-sur-Lys - programme", lines));
        }

        private String slug(String s) {
            String ascii = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            return ascii.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        }
    }
}
