package org.fieldbook.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.attachment.Attachment;
import org.fieldbook.area.IndexArea;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.search.SearchQuery;
import org.fieldbook.stakeholder.Stakeholder;
import org.fieldbook.stakeholder.StakeholderCategory;
import org.fieldbook.visit.Meeting;
import org.fieldbook.visit.MeetingFormat;
import org.fieldbook.visit.Visit;
import org.fieldbook.visit.VisitSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void addsARealisticFictionalVisitCoveringEveryAreaAndKind() throws Exception {
        try (Services s = TestWorkspace.open(dir)) {
            List<Double> progress = new ArrayList<>();
            String visitId = s.demo().generate(progress::add);
            assertEquals(1.0, progress.get(progress.size() - 1));

            VisitSummary summary = s.visits().summary(visitId).orElseThrow();
            assertTrue(summary.city().contains("fictional"), summary.city());
            assertTrue(summary.meetings() >= 15, "meetings " + summary.meetings());
            assertTrue(summary.stakeholders() >= 25, "stakeholders " + summary.stakeholders());
            assertTrue(summary.notes() >= 120, "notes " + summary.notes());

            Visit visit = s.visits().find(visitId).orElseThrow();
            assertEquals(2, visit.days().size());
            assertTrue(visit.team().size() >= 3);

            // no note says the same thing word for word as another
            List<String> texts = s.notes().forVisit(visitId).stream().map(org.fieldbook.note.Note::text).toList();
            java.util.Map<String, Long> repeated = texts.stream().collect(java.util.stream.Collectors.groupingBy(t -> t,
                    java.util.stream.Collectors.counting()));
            repeated.values().removeIf(n -> n < 2);
            assertTrue(repeated.isEmpty(), "notes repeated word for word: " + repeated);

            List<Meeting> meetings = s.meetings().forVisit(visitId);
            Set<MeetingFormat> formats = EnumSet.noneOf(MeetingFormat.class);
            meetings.forEach(m -> formats.add(m.format()));
            assertEquals(EnumSet.allOf(MeetingFormat.class), formats);
            assertTrue(meetings.stream().allMatch(m -> !s.meetings().attendeeIds(m.id()).isEmpty()));
            assertEquals(visit.days(), meetings.stream().map(Meeting::day).distinct().sorted().toList());

            List<Stakeholder> directory = s.stakeholders().forCity(visit.cityId());
            Set<StakeholderCategory> categories = EnumSet.noneOf(StakeholderCategory.class);
            directory.forEach(st -> categories.add(st.category()));
            assertEquals(EnumSet.allOf(StakeholderCategory.class), categories);
            assertTrue(directory.stream().anyMatch(Stakeholder::namedConsent));
            assertTrue(directory.stream().anyMatch(st -> !st.namedConsent()));
            assertTrue(directory.stream().anyMatch(st -> !st.person().equals(stripAccents(st.person()))), "accented names");

            List<Note> notes = s.notes().forVisit(visitId);
            Set<NoteKind> kinds = EnumSet.noneOf(NoteKind.class);
            notes.forEach(n -> kinds.add(n.kind()));
            assertEquals(EnumSet.allOf(NoteKind.class), kinds);
            Map<String, Long> byArea = s.notes().countsByArea(visitId);
            for (IndexArea area : s.areas().list()) {
                assertTrue(byArea.getOrDefault(area.id(), 0L) > 0, "no note for " + area.id());
            }
            assertTrue(notes.stream().filter(n -> n.kind() == NoteKind.QUOTE).allMatch(n -> !n.speakerName().isBlank()));
            assertTrue(notes.stream().anyMatch(n -> n.text().contains("**")), "some Markdown");
            assertTrue(new HashSet<>(notes.stream().map(Note::text).toList()).size() > notes.size() * 0.8, "varied texts");

            List<Attachment> attachments = new ArrayList<>();
            notes.forEach(n -> attachments.addAll(s.attachments().forNote(n.id())));
            assertTrue(attachments.size() >= 3, "attachments " + attachments.size());
            for (Attachment a : attachments) {
                Path file = s.attachments().files().pathOf(a.sha256());
                assertEquals(a.size(), Files.size(file));
                if (a.isImage()) {
                    assertTrue(ImageIO.read(file.toFile()).getWidth() > 100);
                } else {
                    String pdf = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
                    assertTrue(pdf.startsWith("%PDF-1.4") && pdf.trim().endsWith("%%EOF"));
                    int xref = Integer.parseInt(pdf.substring(pdf.lastIndexOf("startxref") + 10, pdf.lastIndexOf("%%EOF")).trim());
                    assertTrue(pdf.startsWith("xref", xref), "startxref points at the xref table");
                }
            }
            assertFalse(s.search().search(new SearchQuery("Helene Vasseur", visitId, null, null, 10)).isEmpty());
        }
    }

    @Test
    void eachRunAddsAnIndependentVisit() {
        try (Services s = TestWorkspace.open(dir)) {
            String first = s.demo().generate();
            String second = s.demo().generate();
            assertFalse(first.equals(second));
            assertEquals(2, s.visits().summaries().size());
            assertEquals(s.visits().summary(first).orElseThrow().notes(), s.visits().summary(second).orElseThrow().notes());
        }
    }

    private static String stripAccents(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
