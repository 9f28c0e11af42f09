package org.fieldbook.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.profile.EvidenceService;
import org.fieldbook.profile.ProfileSection;
import org.fieldbook.profile.Recommendation;
import org.fieldbook.profile.SectionKind;
import org.fieldbook.profile.SectionStatus;
import org.fieldbook.profile.report.ReportProgress;
import org.fieldbook.visit.TeamMember;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoProfileTest {
    @TempDir
    Path dir;

    static String text(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            String paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            String tables = doc.getTables().stream().map(XWPFTable::getText).collect(Collectors.joining("\n"));
            return paragraphs + "\n" + tables;
        }
    }

    @Test
    void theDemoVisitHasADraftedProfileThatExportsAsAReport() throws Exception {
        try (Services s = TestWorkspace.open(dir.resolve("ws"))) {
            String visitId = s.demo().generate();

            List<ProfileSection> sections = s.profile().sections(visitId);
            assertEquals(s.profile().structure(visitId).size(), sections.size());
            List<ProfileSection> empty = sections.stream().filter(p -> p.body().isBlank()).toList();
            assertTrue(empty.size() <= 2, "empty sections: " + empty.stream().map(ProfileSection::key).toList());
            assertTrue(sections.stream().filter(p -> p.kind() == SectionKind.AREA).allMatch(p -> !p.body().isBlank()));

            Set<SectionStatus> statuses = EnumSet.noneOf(SectionStatus.class);
            sections.forEach(p -> statuses.add(p.status()));
            assertTrue(statuses.containsAll(EnumSet.of(SectionStatus.DRAFT, SectionStatus.READY_FOR_REVIEW, SectionStatus.APPROVED)),
                    statuses.toString());
            Set<String> team = s.visits().find(visitId).orElseThrow().team().stream().map(TeamMember::name).collect(Collectors.toSet());
            assertTrue(sections.stream().allMatch(p -> team.contains(p.owner())), "owners come from the visit team");
            assertTrue(sections.stream().map(ProfileSection::owner).distinct().count() >= 3);

            ProfileSection summary = sections.stream().filter(p -> p.key().equals("summary")).findFirst().orElseThrow();
            assertTrue(s.profile().history(summary.id()).size() >= 2, "the summary has an earlier revision");

            List<Recommendation> recs = s.recommendations().forVisit(visitId);
            assertTrue(recs.size() >= 6 && recs.size() <= 10, "recommendations " + recs.size());
            Set<String> areaIds = s.areas().list().stream().map(a -> a.id()).collect(Collectors.toSet());
            assertTrue(recs.stream().allMatch(r -> areaIds.contains(r.areaId())));
            assertTrue(recs.stream().map(Recommendation::priority).distinct().count() >= 2);

            List<EvidenceService.ParagraphSource> sources = sections.stream()
                    .flatMap(p -> s.evidence().sources(p).stream()).toList();
            assertTrue(sources.size() >= 5, "linked paragraphs " + sources.size());
            assertTrue(sources.stream().allMatch(p -> p.note().isPresent()), "every marker points at a stored note");
            assertTrue(sources.stream().allMatch(p -> p.note().get().visitId().equals(visitId)));

            Path en = dir.resolve("demo-en.docx");
            s.reports().export(visitId, en, "en", null, ReportProgress.NONE);
            String doc = text(en);
            assertTrue(doc.contains("Intercultural profile"));
            assertTrue(doc.contains("The plan, however, is broader than the means behind it."), "a findings paragraph");
            for (Recommendation r : recs) {
                assertTrue(doc.contains(r.text()), "recommendation in the document: " + r.text());
            }
            assertFalse(doc.contains("{{note"), "no unresolved note token");
            assertFalse(doc.contains("source:"), "source markers stay invisible");

            Path fr = dir.resolve("demo-fr.docx");
            s.reports().export(visitId, fr, "fr", null, ReportProgress.NONE);
            String docFr = text(fr);
            assertTrue(docFr.contains("Recommandations"));
            assertTrue(docFr.contains("Engagement"));
            assertTrue(docFr.contains(recs.get(0).text()));
        }
    }

    @Test
    void anEmptySectionShowsAPlaceholderButAParentHeadingDoesNot() throws Exception {
        try (Services s = TestWorkspace.open(dir.resolve("ws"))) {
            String visitId = s.demo().generate();
            ProfileSection media = s.profile().sections(visitId).stream().filter(p -> p.key().equals("area.media"))
                    .findFirst().orElseThrow();
            s.profile().saveBody(media.id(), "");
            ProfileSection annexes = s.profile().sections(visitId).stream().filter(p -> p.key().equals("annexes"))
                    .findFirst().orElseThrow();
            assertTrue(annexes.body().isBlank(), "the annexes heading has no text of its own");

            Path en = dir.resolve("en.docx");
            s.reports().export(visitId, en, "en", null, ReportProgress.NONE);
            String english = "This section has not been written yet.";
            assertEquals(1, count(text(en), english), "only the emptied area gets the placeholder");

            Path fr = dir.resolve("fr.docx");
            s.reports().export(visitId, fr, "fr", null, ReportProgress.NONE);
            String docFr = text(fr);
            assertEquals(1, count(docFr, "Cette section n'a pas encore été rédigée."));
            assertFalse(docFr.contains(english));
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
