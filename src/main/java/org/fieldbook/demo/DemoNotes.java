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
    /** Texts already given: no two demo notes say the same thing word for word. */
    private final java.util.Set<String> used = new java.util.HashSet<>();
    /** Areas whose one quote has been heard already. */
    private final java.util.Set<String> quoted = new java.util.HashSet<>();

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
            if (kind == NoteKind.QUOTE && !quoted.add(area)) {
                // each area has one quote: it is heard once; later rounds note something else
                kind = NoteKind.OBSERVATION;
            }
            List<String> tags = new ArrayList<>(List.of(area));
            if (i % 3 == 2 && itemAreas.size() > 1) {
                tags.add(itemAreas.get((i + 1) % itemAreas.size()));
            }
            String text = unique(area, kind, index + i, item.title());
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
            String text = unique(area.id(), kind, i + 1, area.titleEn());
            String speaker = kind == NoteKind.QUOTE ? "Overheard at the hotel breakfast (resident, not named)" : "";
            if (kind == NoteKind.OBSERVATION) {
                text = "Preparation, from the city's INDEX answers — " + area.titleEn() + ": " + text;
            }
            out.add(new Note(null, visitId, null, kind, text, null, speaker, List.of(area.id())));
            i++;
        }
        return out;
    }

    /** A text for {@code kind} about {@code area} that no earlier demo note has; {@code where} tells a last resort apart. */
    private String unique(String area, NoteKind kind, int round, String where) {
        for (int attempt = 0; attempt < 24; attempt++) {
            String text = composer.compose(pool(area), kind, round + attempt * 7);
            if (used.add(text)) {
                return text;
            }
        }
        String text = composer.compose(pool(area), kind, round) + " (" + where + ")";
        for (int n = 2; !used.add(text); n++) {
            text = composer.compose(pool(area), kind, round) + " (" + where + ", " + n + ")";
        }
        return text;
    }

    private AreaTexts.Pool pool(String areaId) {
        AreaTexts.Pool pool = AreaTexts.POOLS.get(areaId);
        return pool != null ? pool : AreaTexts.generic(areas.get(areaId).titleEn());
    }
}
