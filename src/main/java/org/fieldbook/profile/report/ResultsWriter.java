package org.fieldbook.profile.report;

import java.util.ArrayList;
import java.util.List;
import org.fieldbook.profile.AreaResult;
import org.fieldbook.profile.IndexSummary;
import org.fieldbook.profile.ProfileMessages;

/** INDEX results: the rate line and small chart of one area, and the annex table and comparison chart. */
final class ResultsWriter {
    private final ReportDocument d;
    private final ProfileMessages m;

    ResultsWriter(ReportDocument d) {
        this.d = d;
        this.m = d.messages;
    }

    void area(AreaResult r) {
        d.text(null, m.format("report.areaRates", m.percent(r.selfRate()), m.percent(r.verifiedRate()), m.percent(r.sampleMean())));
        WordCharts.bars(d.doc, d.paragraph(null).createRun(), m.text("report.chart.area"), List.of(r.title(m.locale())),
                series(List.of(r)), false, 15 * WordCharts.EMU_PER_CM, 6 * WordCharts.EMU_PER_CM);
    }

    void annex(ReportData data) {
        if (data.results().isEmpty()) {
            d.text(null, m.text("report.noResults"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (AreaResult r : data.results()) {
            rows.add(List.of(r.title(m.locale()), m.percent(r.selfRate()), m.percent(r.verifiedRate()), m.percent(r.sampleMean())));
        }
        if (data.summary().isPresent()) {
            IndexSummary s = data.summary().get();
            rows.add(List.of(m.text("report.results.overall"), m.percent(s.self()), m.percent(s.verified()), m.percent(s.sampleMean())));
        }
        new TableWriter(d, null).table(List.of(m.text("report.results.area"), m.text("report.results.self"),
                        m.text("report.results.verified"), m.text("report.results.sample")), rows,
                new int[] {4, 2, 2, 2}, new boolean[] {false, true, true, true}, data.summary().isPresent());
        d.text(d.styles.caption(), m.text("report.results.caption"));
        data.summary().filter(s -> s.rank() != null && s.sampleSize() != null)
                .ifPresent(s -> d.text(null, m.format("report.results.rank", s.rank(), s.sampleSize())));
        long height = Math.max(8, 2 + data.results().size() * 1.1) > 22 ? 22 : (long) Math.max(8, 2 + data.results().size() * 1.1);
        WordCharts.bars(d.doc, d.paragraph(null).createRun(), m.text("report.chart.title"),
                data.results().stream().map(r -> r.title(m.locale())).toList(), series(data.results()), true,
                16 * WordCharts.EMU_PER_CM, height * WordCharts.EMU_PER_CM);
    }

    private List<WordCharts.Series> series(List<AreaResult> results) {
        return List.of(
                new WordCharts.Series(m.text("report.results.self"), results.stream().map(AreaResult::selfRate).toArray(Double[]::new)),
                new WordCharts.Series(m.text("report.results.verified"), results.stream().map(AreaResult::verifiedRate).toArray(Double[]::new)),
                new WordCharts.Series(m.text("report.results.sample"), results.stream().map(AreaResult::sampleMean).toArray(Double[]::new)));
    }
}
