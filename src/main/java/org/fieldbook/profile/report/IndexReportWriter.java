package org.fieldbook.profile.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.fieldbook.index.definition.AreaDefinition;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.results.CityProgress;
import org.fieldbook.index.results.IndexReportData;
import org.fieldbook.index.results.IndexResult;
import org.fieldbook.index.results.Rank;
import org.fieldbook.index.results.Rates;
import org.fieldbook.index.results.Summary;
import org.fieldbook.index.results.VisitComparison;
import org.fieldbook.profile.ProfileMessages;

/**
 * The INDEX analysis report, in the ICC's structure: title ("Results of the Intercultural Cities Index — a comparison
 * between N cities", data date), introduction and method, city overview with the rank sentences, one chapter per area
 * in the questionnaire's order (the lens areas as sub-chapters) with a native chart of the city against the sample and
 * each fitting group, the lens, progress over time when an earlier result is held, and conclusions pointing to the
 * sample's best-scoring cities in the weaker areas. Written with the profile report's template, styles and charts.
 */
public final class IndexReportWriter {
    private final ReportDocument d;
    private final ProfileMessages m;
    private final IndexReportData data;
    private final String lang;

    private IndexReportWriter(ReportDocument d, IndexReportData data) {
        this.d = d;
        this.m = d.messages;
        this.data = data;
        this.lang = m.french() ? "fr" : "en";
    }

    /** Writes the report to {@code out} (next to it first, then moved, so a failure leaves any earlier file as it was). */
    public static long export(IndexReportData data, Path out, String language) {
        ProfileMessages messages = ProfileMessages.forLanguage(language);
        Path target = out.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path tmp = target.getParent().resolve("." + target.getFileName() + "." + System.nanoTime() + ".part");
            try {
                try (XWPFDocument doc = build(data, messages); OutputStream os = Files.newOutputStream(tmp)) {
                    doc.write(os);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return Files.size(target);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    static XWPFDocument build(IndexReportData data, ProfileMessages messages) {
        XWPFDocument doc = ReportTemplate.open(null);
        ReportDocument d = new ReportDocument(doc, messages);
        doc.getStyles().setSpellingLanguage(messages.french() ? "fr-FR" : "en-GB");
        doc.getProperties().getCoreProperties().setTitle(messages.format("ir.title") + " \u2013 " + data.city().name());
        new IndexReportWriter(d, data).write();
        return doc;
    }

    private String t(String key, Object... args) {
        return m.format(key, args);
    }

    private void write() {
        QuestionnaireDefinition def = data.definition();
        IndexResult r = data.comparison().result();
        String city = data.city().name();
        d.text(d.styles.subtitle(), m.text("report.programmeLine"));
        d.text(d.styles.title(), t("ir.title"));
        d.text(d.styles.subtitle(), city + (data.city().country().isBlank() ? "" : " \u2013 " + data.city().country()));
        d.text(null, t("ir.subtitle", data.sampleSize()));
        d.text(null, t("report.visit", m.dateRange(data.visit().start(), data.visit().end())));
        d.text(null, t("ir.edition", def.title(lang)));
        XWPFParagraph date = d.text(null, t("ir.dataDate", data.dataDate()));
        date.getRuns().get(0).setItalic(true);
        HeaderFooterWriter.write(d, city, t("ir.header"));

        chapter(t("ir.intro"));
        d.text(null, t("ir.intro.1", city));
        d.heading(2, t("ir.method"));
        d.text(null, t("ir.method.1"));
        d.text(null, t("ir.method.2"));
        d.text(null, t("ir.method.3"));
        if (VisitComparison.FROM_LOADED.equals(data.comparison().source())) {
            d.text(null, t("ir.method.loaded", data.comparison().sampleId()));
        }

        chapter(t("ir.overview"));
        d.text(null, t("ir.overview.facts", city, data.city().country(), population(r.population()), m.percent(r.foreignBornPct())));
        VisitComparison.Column whole = data.comparison().whole();
        d.text(null, t("ir.overview.index", city, m.percent(r.overallVerified()), m.percent(r.overallSelf()),
                m.percent(whole.overall().mean())));
        String overallRanks = ranks(data.comparison().groups().stream().map(c -> new Object[] {c.overallRank(), c}).toList());
        if (!overallRanks.isEmpty()) {
            d.text(null, t("ir.rank.sentence", city, overallRanks));
        }
        overviewChart();

        boolean lensOpen = false;
        for (AreaDefinition a : def.areas()) {
            boolean lens = Rates.LENS_GROUP.equals(a.group());
            if (lens && !lensOpen) {
                chapter(t("ir.lensChapter"));
                lensOpen = true;
            } else if (!lens) {
                lensOpen = false;
            }
            if (lens) {
                d.heading(2, a.title(lang));
            } else {
                chapter(a.title(lang));
            }
            area(a, r);
        }

        chapter(t("ir.lens"));
        List<String> lensAreas = def.areas().stream().filter(a -> Rates.LENS_GROUP.equals(a.group())).map(a -> a.title(lang)).toList();
        d.text(null, t("ir.lens.text", String.join(", ", lensAreas), city, m.percent(r.lensVerified()), m.percent(whole.lens().mean())));
        String lensRanks = ranks(data.comparison().groups().stream().map(c -> new Object[] {c.lensRank(), c}).toList());
        if (!lensRanks.isEmpty()) {
            d.text(null, t("ir.lens.rank", lensRanks));
        }

        data.progress().ifPresent(this::progress);
        conclusions(r);
    }

    private void chapter(String title) {
        d.heading(1, title).setPageBreak(true);
    }

    private String population(Long p) {
        return p == null ? t("report.unknown") : NumberFormat.getIntegerInstance(m.locale()).format(p);
    }

    /** "2nd of 4 among all cities, 2nd of 3 among cities over 200,000 inhabitants and 1st of 2 among …". */
    private String ranks(List<Object[]> rankAndColumn) {
        List<String> parts = new ArrayList<>();
        for (Object[] rc : rankAndColumn) {
            Rank rank = (Rank) rc[0];
            VisitComparison.Column c = (VisitComparison.Column) rc[1];
            if (rank != null) {
                parts.add(t("ir.rank.in", rankText(rank), c.label(lang)));
            }
        }
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + t("ir.and") + parts.get(parts.size() - 1);
    }

    private String rankText(Rank rank) {
        return t("ir.rankOf", Rank.ordinal(rank.rank(), m.french()), rank.outOf());
    }

    private void area(AreaDefinition a, IndexResult r) {
        Double rate = r.rate(a.id(), true);
        VisitComparison.Column whole = data.comparison().whole();
        Summary wholeArea = whole.areas().get(a.id());
        if (rate == null) {
            d.text(null, t("ir.area.notAnswered"));
        } else {
            d.text(null, t("ir.area.rate", data.city().name(), m.percent(rate), m.percent(r.rate(a.id(), false)),
                    m.percent(wholeArea == null ? null : wholeArea.mean())));
        }
        for (VisitComparison.Column c : data.comparison().groups().subList(1, data.comparison().groups().size())) {
            Summary s = c.areas().get(a.id());
            if (s != null && s.count() > 0) {
                d.text(null, t("ir.area.group", c.label(lang), m.percent(s.mean())));
            }
        }
        String areaRanks = ranks(data.comparison().groups().stream().map(c -> new Object[] {c.areaRanks().get(a.id()), c}).toList());
        if (!areaRanks.isEmpty()) {
            d.text(null, t("ir.area.rank", areaRanks));
        }
        List<WordCharts.Series> series = new ArrayList<>();
        series.add(new WordCharts.Series(data.city().name(), new Double[] {rate}));
        for (VisitComparison.Column c : data.comparison().groups()) {
            Summary s = c.areas().get(a.id());
            series.add(new WordCharts.Series(t("ir.chart.mean", c.label(lang)), new Double[] {s == null ? null : s.mean()}));
        }
        WordCharts.bars(d.doc, d.paragraph(null).createRun(), t("ir.chart.title", a.title(lang)), List.of(a.title(lang)), series,
                false, 15 * WordCharts.EMU_PER_CM, 7 * WordCharts.EMU_PER_CM);
    }

    /** All areas: the city beside the whole sample's mean. */
    private void overviewChart() {
        IndexResult r = data.comparison().result();
        List<AreaDefinition> areas = data.definition().areas();
        VisitComparison.Column whole = data.comparison().whole();
        Double[] city = areas.stream().map(a -> r.rate(a.id(), true)).toArray(Double[]::new);
        Double[] mean = areas.stream().map(a -> whole.areas().get(a.id()) == null ? null : whole.areas().get(a.id()).mean())
                .toArray(Double[]::new);
        long height = Math.min(22, (long) Math.max(8, 2 + areas.size() * 1.1));
        WordCharts.bars(d.doc, d.paragraph(null).createRun(), t("report.chart.title"), areas.stream().map(a -> a.title(lang)).toList(),
                List.of(new WordCharts.Series(data.city().name(), city), new WordCharts.Series(t("ir.chart.mean", whole.label(lang)), mean)),
                true, 16 * WordCharts.EMU_PER_CM, height * WordCharts.EMU_PER_CM);
    }

    private void progress(CityProgress p) {
        chapter(t("ir.progress"));
        d.text(null, t("ir.progress.text", data.city().name()));
        List<String> header = new ArrayList<>();
        header.add(t("ir.progress.area"));
        for (CityProgress.Step st : p.steps()) {
            header.add(st.result().date() + (st.mapped() ? " *" : ""));
        }
        List<List<String>> rows = new ArrayList<>();
        for (String a : p.areas()) {
            List<String> row = new ArrayList<>();
            row.add(data.definition().area(a).map(x -> x.title(lang)).orElse(a));
            for (CityProgress.Step st : p.steps()) {
                row.add(cell(st.verified().get(a), st.change().get(a)));
            }
            rows.add(row);
        }
        List<String> lens = new ArrayList<>(List.of(t("ir.lensRow")));
        List<String> total = new ArrayList<>(List.of(t("ir.overall")));
        for (CityProgress.Step st : p.steps()) {
            lens.add(cell(st.result().lensVerified(), st.lensChange()));
            total.add(cell(st.result().overallVerified(), st.overallChange()));
        }
        rows.add(lens);
        rows.add(total);
        int[] weights = new int[header.size()];
        boolean[] right = new boolean[header.size()];
        weights[0] = 4;
        for (int i = 1; i < weights.length; i++) {
            weights[i] = 2;
            right[i] = true;
        }
        new TableWriter(d, null).table(header, rows, weights, right, true);
        if (p.steps().stream().anyMatch(CityProgress.Step::mapped)) {
            d.text(d.styles.caption(), t("ir.progress.mapped"));
        }
    }

    private String cell(Double v, Double change) {
        if (v == null) {
            return t("report.unknown");
        }
        String s = m.percent(v);
        if (change != null) {
            long c = Math.round(change);
            s += " (" + (c > 0 ? "+" : c < 0 ? "\u2212" : "\u00b1") + Math.abs(c) + ")";
        }
        return s;
    }

    private void conclusions(IndexResult r) {
        chapter(t("ir.conclusions"));
        VisitComparison.Column whole = data.comparison().whole();
        List<String> above = new ArrayList<>();
        List<AreaDefinition> below = new ArrayList<>();
        for (AreaDefinition a : data.definition().areas()) {
            Double rate = r.rate(a.id(), true);
            Summary s = whole.areas().get(a.id());
            if (rate == null || s == null || s.mean() == null) {
                continue;
            }
            if (rate >= s.mean()) {
                above.add(a.title(lang));
            } else {
                below.add(a);
            }
        }
        d.text(null, t("ir.strengths", above.isEmpty() ? t("ir.none") : String.join(", ", above)));
        d.text(null, t("ir.weaker", below.isEmpty() ? t("ir.none") : String.join(", ", below.stream().map(a -> a.title(lang)).toList())));
        for (AreaDefinition a : below) {
            List<IndexResult> leaders = data.leaders().getOrDefault(a.id(), List.of());
            if (leaders.isEmpty()) {
                continue;
            }
            List<String> names = leaders.stream().map(x -> x.cityName() + " (" + m.percent(x.rate(a.id(), true)) + ")").toList();
            XWPFParagraph p = d.listItem(true, d.numbering.bullets(), 0);
            p.createRun().setText(t("ir.practice", a.title(lang), String.join(", ", names)));
            for (IndexReportData.Practice pr : data.practices().getOrDefault(a.id(), List.of())) {
                XWPFParagraph q = d.listItem(true, d.numbering.bullets(), 1);
                q.createRun().setText(pr.speaker() == null ? t("ir.practice.note", pr.cityName(), pr.text())
                        : t("ir.practice.quote", pr.cityName(), pr.text(), pr.speaker()));
            }
        }
    }
}
