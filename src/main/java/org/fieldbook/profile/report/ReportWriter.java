package org.fieldbook.profile.report;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.fieldbook.profile.ProfileMessages;
import org.fieldbook.profile.ProfileSection;

/** Builds the whole Word document from the report data: title page, contents, sections, annexes. */
final class ReportWriter {
    private ReportWriter() {
    }

    /**
     * Whether a section shows the "not written yet" line: its own text is empty, it is not one whose content is
     * generated (recommendations list, annex tables), and it is not a parent heading followed by its subsections.
     */
    static boolean awaitsText(ProfileSection s, ProfileSection next) {
        boolean written = switch (s.kind()) {
            case TEXT, AREA, GOOD_PRACTICE -> !s.body().isBlank();
            default -> true;
        };
        return !written && (next == null || next.level() <= s.level());
    }

    static XWPFDocument build(ReportData data, ProfileMessages messages, java.nio.file.Path template, LocalDate today,
                              ReportProgress progress) {
        XWPFDocument doc = ReportTemplate.open(template);
        try {
            ReportDocument d = new ReportDocument(doc, messages);
            doc.getStyles().setSpellingLanguage(messages.french() ? "fr-FR" : "en-GB");
            var props = doc.getProperties().getCoreProperties();
            props.setTitle(messages.text("report.title") + " \u2013 " + data.city().name());
            props.setCreator(String.join(", ", data.visit().team().stream().map(org.fieldbook.visit.TeamMember::name).toList()));
            new TitlePageWriter(d).write(data, today);
            HeaderFooterWriter.write(d, data.city().name());
            ResultsWriter results = new ResultsWriter(d);
            AnnexWriter annexes = new AnnexWriter(d);
            List<ProfileSection> sections = data.sections();
            for (int i = 0; i < sections.size(); i++) {
                ProfileSection s = sections.get(i);
                progress.update(0.1 + 0.8 * i / Math.max(1, sections.size()), s.title(messages.locale()));
                XWPFParagraph h = d.heading(s.level(), s.title(messages.locale()));
                if (s.level() == 1) {
                    h.setPageBreak(true);
                }
                new MarkdownWriter(d, s.level()).write(s.body());
                if (awaitsText(s, i + 1 < sections.size() ? sections.get(i + 1) : null)) {
                    d.placeholder(messages.text("report.notWritten"));
                }
                switch (s.kind()) {
                    case AREA -> data.result(s.areaId()).ifPresent(results::area);
                    case RECOMMENDATIONS -> annexes.recommendations(data);
                    case PROGRAMME -> annexes.programme(data);
                    case ORGANISATIONS -> annexes.organisations(data);
                    case INDEX_RESULTS -> results.annex(data);
                    default -> { }
                }
            }
            return doc;
        } catch (RuntimeException e) {
            try {
                doc.close();
            } catch (java.io.IOException ignored) {
                // already failing
            }
            throw e;
        }
    }
}
