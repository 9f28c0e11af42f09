package org.fieldbook.profile.report;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.fieldbook.profile.ProfileMessages;
import org.fieldbook.visit.TeamMember;
import org.fieldbook.visit.VisitMode;

/** The title page (programme line, city, dates, authors) and the table of contents page. */
final class TitlePageWriter {
    private final ReportDocument d;

    TitlePageWriter(ReportDocument d) {
        this.d = d;
    }

    void write(ReportData data, LocalDate today) {
        ProfileMessages m = d.messages;
        d.text(d.styles.subtitle(), m.text("report.programmeLine"));
        d.text(d.styles.title(), data.city().name());
        d.text(d.styles.subtitle(), m.text("report.title") + (data.city().country().isBlank() ? "" : " \u2013 " + data.city().country()));
        String dates = m.dateRange(data.visit().start(), data.visit().end());
        d.text(null, m.format(data.visit().mode() == VisitMode.ONLINE ? "report.visitOnline" : "report.visit", dates));
        String authors = data.visit().team().stream().map(TeamMember::name).filter(n -> n != null && !n.isBlank())
                .collect(Collectors.joining(", "));
        if (!authors.isEmpty()) {
            d.text(null, m.format("report.authors", authors));
        }
        XWPFParagraph draft = d.text(null, m.format("report.draft", m.date(today)));
        draft.getRuns().get(0).setItalic(true);
        d.pageBreak();
        toc(data);
    }

    /**
     * A TOC field over heading levels 1–3 with hyperlinks, marked dirty (and the document set to update fields)
     * so Word rebuilds it; until then it shows the headings so the page is never empty.
     */
    private void toc(ReportData data) {
        d.text(d.styles.tocHeading(), d.messages.text("report.toc"));
        XWPFParagraph first = d.paragraph(d.styles.toc(1));
        WordFields.begin(first, "TOC \\o \"1-3\" \\h \\z \\u", true);
        first.createRun().setText(d.messages.text("report.tocPlaceholder"));
        XWPFParagraph last = first;
        for (var s : data.sections()) {
            XWPFParagraph p = d.paragraph(d.styles.toc(s.level()));
            p.createRun().setText(s.title(d.messages.locale()));
            last = p;
        }
        WordFields.end(last);
        d.doc.enforceUpdateFields();
        d.pageBreak();
    }
}
