package org.fieldbook.profile.report;

import java.util.ArrayList;
import java.util.List;
import org.fieldbook.profile.ProfileMessages;
import org.fieldbook.profile.Recommendation;
import org.fieldbook.visit.Meeting;

/** Generated content: the recommendations list, the programme of the visit, the organisations met. */
final class AnnexWriter {
    private final ReportDocument d;
    private final ProfileMessages m;

    AnnexWriter(ReportDocument d) {
        this.d = d;
        this.m = d.messages;
    }

    void recommendations(ReportData data) {
        if (data.recommendations().isEmpty()) {
            d.text(null, m.text("report.rec.empty"));
            return;
        }
        var numId = d.numbering.numbered(1);
        for (Recommendation r : data.recommendations()) {
            var p = d.listItem(false, numId, 0);
            p.createRun().setText(r.text());
            StringBuilder meta = new StringBuilder(" (").append(m.format("report.label", m.text("report.rec.priority"),
                    m.text("priority." + r.priority().id())));
            if (r.areaId() != null) {
                data.area(r.areaId()).ifPresent(a -> meta.append(m.text("report.separator"))
                        .append(m.format("report.label", m.text("report.rec.area"), a.title(m.locale()))));
            }
            var run = p.createRun();
            run.setItalic(true);
            run.setText(meta.append(')').toString());
        }
    }

    void programme(ReportData data) {
        if (data.programme().isEmpty()) {
            d.text(null, m.text("report.programme.empty"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Meeting mt : data.programme()) {
            rows.add(List.of(m.date(mt.day()), mt.start() + "\u2013" + mt.end(), mt.title(), mt.place()));
        }
        new TableWriter(d, null).table(List.of(m.text("report.programme.day"), m.text("report.programme.time"),
                m.text("report.programme.meeting"), m.text("report.programme.place")), rows, new int[] {3, 3, 5, 3}, null);
        d.paragraph(null);
    }

    void organisations(ReportData data) {
        if (data.organisations().isEmpty()) {
            d.text(null, m.text("report.orgs.empty"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (ReportData.OrganisationMet o : data.organisations()) {
            rows.add(List.of(o.name(), m.text("category." + o.categoryId()), String.valueOf(o.meetings())));
        }
        new TableWriter(d, null).table(List.of(m.text("report.orgs.organisation"), m.text("report.orgs.category"),
                m.text("report.orgs.meetings")), rows, new int[] {6, 4, 2}, new boolean[] {false, false, true});
        d.paragraph(null);
    }
}
