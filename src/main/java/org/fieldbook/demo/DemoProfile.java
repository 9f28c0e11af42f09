package org.fieldbook.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.profile.ProfileSection;
import org.fieldbook.profile.Recommendation;

/**
 * Drafts the demo visit's profile through the profile services: every section's Markdown from
 * {@link DemoProfileTexts} (with a few paragraphs inserted from the visit's notes, so they carry source links),
 * statuses and owners from the visit team, and the tracked list of recommendations.
 */
final class DemoProfile {
    /** Where a section's text wants a note inserted: {@code {{note:quote}}}, or {@code {{note:good_practice:word}}} for one containing the word. */
    private static final Pattern NOTE_TOKEN = Pattern.compile("\\{\\{note:([a-z_]+)(?::([^}]+))?}}");
    /** Note openings that read as field jottings rather than report prose. */
    private static final List<String> JOTTINGS = List.of("Seen on site", "Heard twice", "Preparation", "Idea for", "Follow-up",
            "- [ ]", "Possible recommendation");

    private final DemoServices services;
    private final Set<String> usedNotes = new HashSet<>();

    DemoProfile(DemoServices services) {
        this.services = services;
    }

    static void populate(DemoServices services, String visitId) {
        new DemoProfile(services).draft(visitId);
    }

    void draft(String visitId) {
        Map<String, ProfileSection> byKey = new java.util.HashMap<>();
        for (ProfileSection s : services.profile().structure(visitId)) {
            byKey.put(s.key(), s);
        }
        for (DemoProfileTexts.Draft d : DemoProfileTexts.drafts()) {
            ProfileSection s = byKey.get(d.key());
            if (s == null) {
                continue;
            }
            if (!d.firstVersion().isBlank()) {
                services.profile().saveBody(s.id(), d.firstVersion());
            }
            if (!d.body().isBlank()) {
                services.profile().saveBody(s.id(), withNotes(s, d.body()));
            }
            services.profile().setOwner(s.id(), d.owner());
            services.profile().setStatus(s.id(), d.status());
        }
        for (DemoProfileTexts.Rec r : DemoProfileTexts.recommendations()) {
            services.recommendations().add(new Recommendation(null, visitId, 0, r.text(), r.priority(), r.areaId()));
        }
    }

    /**
     * Replaces each note token with the paragraph the evidence service makes of a fitting note; a paragraph whose
     * note cannot be found is left out.
     */
    private String withNotes(ProfileSection s, String body) {
        List<String> paragraphs = new java.util.ArrayList<>();
        for (String paragraph : body.split("\n\\s*\n")) {
            Matcher m = NOTE_TOKEN.matcher(paragraph);
            StringBuilder out = new StringBuilder();
            boolean complete = true;
            while (m.find()) {
                NoteKind kind = NoteKind.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                Optional<Note> note = pick(s, kind, m.group(2));
                complete &= note.isPresent();
                m.appendReplacement(out, Matcher.quoteReplacement(note.map(n -> services.evidence().insert(s, n, Locale.ENGLISH)).orElse("")));
            }
            m.appendTail(out);
            if (complete) {
                // a note that brings its own bold lead-in replaces the paragraph's
                paragraphs.add(out.toString().strip().replaceFirst("^\\*\\*[^*]+\\*\\* (?=\\*\\*)", ""));
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /** The first unused note of that kind beside the section that reads as report prose; quotes from named speakers first. */
    private Optional<Note> pick(ProfileSection s, NoteKind kind, String word) {
        List<Note> candidates = services.evidence().notesFor(s).stream()
                .filter(n -> n.kind() == kind && !usedNotes.contains(n.id()))
                .filter(n -> JOTTINGS.stream().noneMatch(j -> n.text().startsWith(j)) && !n.text().contains("_To compare"))
                .filter(n -> !n.text().contains("Worth citing"))
                .filter(n -> word == null || n.text().toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT)))
                .sorted(java.util.Comparator.comparing((Note n) -> n.text().contains("\n\n"))
                        .thenComparing(n -> n.text().startsWith("**")))
                .toList();
        Optional<Note> named = candidates.stream().filter(n -> n.speakerId() != null
                && !services.evidence().speaker(n, Locale.ENGLISH).equals("a participant")).findFirst();
        Optional<Note> chosen = named.isPresent() ? named : candidates.stream().findFirst();
        chosen.ifPresent(n -> usedNotes.add(n.id()));
        return chosen;
    }
}
