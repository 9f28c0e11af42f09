package org.fieldbook.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.note.NoteRepository;
import org.fieldbook.stakeholder.Stakeholder;
import org.fieldbook.stakeholder.StakeholderRepository;
import org.fieldbook.store.Database;
import org.fieldbook.store.Tracker;

/**
 * Drafting from evidence: the notes that belong beside a section, the Markdown a note becomes when inserted
 * (a quote names its speaker only with their consent), and the links from paragraphs back to notes.
 */
public final class EvidenceService {
    /** Marks a paragraph drafted from a note: {@code <!-- source:ANCHOR -->}; invisible in the document. */
    public static final Pattern MARKER = Pattern.compile("<!-- source:([a-z0-9]+) -->");

    private final Database db;
    private final NoteRepository notes;
    private final StakeholderRepository stakeholders;
    private final SourceLinkRepository links;

    public EvidenceService(Database db, NoteRepository notes, StakeholderRepository stakeholders, SourceLinkRepository links) {
        this.db = db;
        this.notes = notes;
        this.stakeholders = stakeholders;
        this.links = links;
    }

    /** A paragraph of a section and the note it came from (the note is empty if it was deleted). */
    public record ParagraphSource(String anchor, String paragraph, Optional<Note> note) {
    }

    /** Notes tagged with the section's area; good practice and recommendation ideas for those sections. */
    public List<Note> notesFor(ProfileSection s) {
        List<Note> all = notes.forVisit(s.visitId());
        return switch (s.kind()) {
            case AREA -> all.stream().filter(n -> n.areas().contains(s.areaId())).toList();
            case GOOD_PRACTICE -> all.stream().filter(n -> n.kind() == NoteKind.GOOD_PRACTICE).toList();
            case RECOMMENDATIONS -> all.stream().filter(n -> n.kind() == NoteKind.RECOMMENDATION_IDEA).toList();
            default -> all;
        };
    }

    /** The Markdown a note becomes, without its source marker. */
    public String draftText(Note n, Locale locale) {
        String text = n.text().strip();
        if (n.kind() != NoteKind.QUOTE) {
            return text;
        }
        String quoted = text.lines().map(l -> "> " + l).collect(Collectors.joining("\n"));
        return quoted + "\n>\n> — " + speaker(n, locale);
    }

    /** The speaker's name when they agreed to be named, else "a participant" in the document's language. */
    public String speaker(Note n, Locale locale) {
        Optional<Stakeholder> who = n.speakerId() == null ? Optional.empty() : stakeholders.find(n.speakerId());
        if (who.isPresent() && who.get().namedConsent()) {
            return who.get().displayName();
        }
        return "fr".equals(locale.getLanguage()) ? "un participant" : "a participant";
    }

    /**
     * Records that a paragraph of the section comes from the note and returns the paragraph's Markdown, ending
     * with its source marker; the caller puts it in the body and saves.
     */
    public String insert(ProfileSection s, Note n, Locale locale) {
        String anchor = Tracker.newId().replace("-", "").substring(0, 10);
        db.write(c -> links.add(c, s.visitId(), s.id(), n.id(), anchor));
        return draftText(n, locale) + " <!-- source:" + anchor + " -->";
    }

    /** The paragraph without its marker and quote marks, on one line. */
    private static String plain(String paragraph) {
        return MARKER.matcher(paragraph).replaceAll("").lines().map(l -> l.replaceFirst("^\\s*>\\s?", "").strip())
                .filter(l -> !l.isEmpty()).collect(Collectors.joining(" "));
    }

    /** Each marked paragraph of the section's body with the note it was drafted from. */
    public List<ParagraphSource> sources(ProfileSection s) {
        Map<String, SourceLink> byAnchor = links.forSection(s.id()).stream()
                .collect(Collectors.toMap(SourceLink::anchor, Function.identity(), (a, b) -> a));
        List<ParagraphSource> out = new ArrayList<>();
        for (String paragraph : s.body().split("\\n\\s*\\n")) {
            Matcher m = MARKER.matcher(paragraph);
            while (m.find()) {
                SourceLink link = byAnchor.get(m.group(1));
                Optional<Note> note = link == null ? Optional.empty() : notes.find(link.noteId());
                out.add(new ParagraphSource(m.group(1), plain(paragraph), note));
            }
        }
        return out;
    }
}
