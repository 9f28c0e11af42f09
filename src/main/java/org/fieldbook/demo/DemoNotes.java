package org.fieldbook.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.fieldbook.area.IndexArea;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;

/**
 * Plans the demo notes: a few per meeting about that meeting's areas (kinds in rotation, quotes by an attendee),
 * plus one note on the visit itself for every INDEX area, so each area and each kind has evidence.
 */
final class DemoNotes {
    static final int PER_MEETING = 7;
    private static final java.util.List<NoteKind> KINDS = java.util.List.of(NoteKind.values());

    private final NoteComposer composer;
    private final Map<String, IndexArea> areas;

    DemoNotes(Random random, Map<String, IndexArea> areas) {
        this.composer = new NoteComposer(random);
        this.areas = areas;
    }

    /** Notes for one programme item; {@code attendeeIds} are the stakeholder ids of its attendees, in order. */
    List<Note> forMeeting(String visitId, String meetingId, int index, DemoProgramme.Item item, List<String> attendeeIds,
                          List<DemoDirectory.Entry> attendees) {
        List<Note> out = new ArrayList<>();
        List<String> itemAreas = item.areas().stream().filter(areas::containsKey).toList();
        if (itemAreas.isEmpty()) {
            return out;
        }
        for (int i = 0; i < PER_MEETING; i++) {
            NoteKind kind = KINDS.get((index + i) % KINDS.size());
            String area = itemAreas.get(i % itemAreas.size());
            List<String> tags = new ArrayList<>(List.of(area));
            if (i % 3 == 2 && itemAreas.size() > 1) {
                tags.add(itemAreas.get((i + 1) % itemAreas.size()));
            }
            String text = composer.compose(pool(area), kind, index + i);
            String speakerId = null;
            String speakerName = "";
            if (kind == NoteKind.QUOTE && !attendeeIds.isEmpty()) {
                int who = (index + i) % attendeeIds.size();
                speakerId = attendeeIds.get(who);
                DemoDirectory.Entry e = attendees.get(who);
                speakerName = e.consent() ? (e.person().isEmpty() ? e.organisation() : e.person())
                        : "A participant (" + e.role().toLowerCase(java.util.Locale.ROOT) + ", not to be named)";
            }
            out.add(new Note(null, visitId, meetingId, kind, text, speakerId, speakerName, tags));
        }
        return out;
    }

    /** One note on the visit (no meeting) per INDEX area of the catalogue. */
    List<Note> forVisit(String visitId) {
        List<Note> out = new ArrayList<>();
        int i = 0;
        for (IndexArea area : areas.values()) {
            NoteKind kind = KINDS.get(i % KINDS.size());
            String text = composer.compose(pool(area.id()), kind, i + 1);
            String speaker = kind == NoteKind.QUOTE ? "Overheard at the hotel breakfast (resident, not named)" : "";
            if (kind == NoteKind.OBSERVATION) {
                text = "Preparation, from the city's INDEX answers — " + area.titleEn() + ": " + text;
            }
            out.add(new Note(null, visitId, null, kind, text, null, speaker, List.of(area.id())));
            i++;
        }
        return out;
    }

    private AreaTexts.Pool pool(String areaId) {
        AreaTexts.Pool pool = AreaTexts.POOLS.get(areaId);
        return pool != null ? pool : AreaTexts.generic(areas.get(areaId).titleEn());
    }
}
