package org.fieldbook.profile.report;

import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.fieldbook.profile.ProfileMessages;
import org.fieldbook.profile.ProfileSection;

/** Builds the whole Word document from the report data: title page, contents, sections, annexes. */
final class ReportWriter {
    private ReportWriter() {
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
            int i = 0;
            for (ProfileSection s : data.sections()) {
                progress.update(0.1 + 0.8 * i++ / Math.max(1, data.sections().size()), s.title(messages.locale()));
                XWPFParagraph h = d.heading(s.level(), s.title(messages.locale()));
                if (s.level() == 1) {
                    h.setPageBreak(true);
                }
                new MarkdownWriter(d, s.level()).write(s.body());
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
