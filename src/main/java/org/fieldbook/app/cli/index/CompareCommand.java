package org.fieldbook.app.cli.index;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldbook.app.Services;
import org.fieldbook.app.cli.Json;
import org.fieldbook.app.cli.UserError;
import org.fieldbook.app.cli.WorkspaceCommand;
import org.fieldbook.index.definition.AreaDefinition;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.results.IndexResult;
import org.fieldbook.index.results.Rank;
import org.fieldbook.index.results.Summary;
import org.fieldbook.index.results.VisitComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fieldbook index compare --visit ID [--json]}: a visit's rates beside the sample and its groups, with ranks. */
@Command(name = "compare", description = "A visit's verified rates beside the whole sample and each group that fits the city,"
        + " with its rank in each (each city counted once, itself included).")
final class CompareCommand extends WorkspaceCommand {
    @Mixin
    VisitOption visit;

    @Option(names = "--json", description = "Print JSON")
    boolean json;

    @Override
    protected void run(Services s, PrintWriter out) {
        String visitId = visit.require(s);
        s.index().results().refreshVisits();
        VisitComparison vc = s.index().assessments().comparison(visitId).orElseThrow(() -> new UserError(
                "no sample to compare with: import results ('fieldbook index results import FILE') or load sample statistics"
                        + " ('fieldbook index sample load FILE')"));
        QuestionnaireDefinition d = s.index().questionnaires().require(vc.result().questionnaireId());
        if (json) {
            Json.print(out, toJson(vc, d));
        } else {
            print(out, vc, d, parent.language());
        }
    }

    static Map<String, Object> toJson(VisitComparison vc, QuestionnaireDefinition d) {
        IndexResult r = vc.result();
        Map<String, Object> root = Json.object("visit", vc.visitId(), "cityId", r.cityId(), "city", r.cityName(),
                "country", r.country(), "population", r.population(), "foreignBornPct", r.foreignBornPct(),
                "questionnaire", r.questionnaireId(), "source", vc.source(), "sample", vc.sampleId(), "ranked", "verified",
                "overall", ResultsCommand.sides(r.overallSelf(), r.overallVerified()),
                "lens", ResultsCommand.sides(r.lensSelf(), r.lensVerified()));
        List<Object> groups = new ArrayList<>();
        for (VisitComparison.Column c : vc.groups()) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("id", c.key());
            g.put("dimension", c.dimension());
            g.put("label", c.label("en"));
            g.put("count", c.overall().count());
            g.put("overall", stat(c.overall(), c.overallRank()));
            if (c.lens().count() > 0) {
                g.put("lens", stat(c.lens(), c.lensRank()));
            }
            Map<String, Object> areas = new LinkedHashMap<>();
            for (AreaDefinition a : d.areas()) {
                Summary sum = c.areas().get(a.id());
                if (sum != null && sum.count() > 0) {
                    areas.put(a.id(), stat(sum, c.areaRanks().get(a.id())));
                }
            }
            g.put("areas", areas);
            groups.add(g);
        }
        root.put("groups", groups);
        Map<String, Object> city = new LinkedHashMap<>();
        for (AreaDefinition a : d.areas()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("self", Fmt.round(r.rate(a.id(), false)));
            m.put("verified", Fmt.round(r.rate(a.id(), true)));
            city.put(a.id(), m);
        }
        root.put("areas", city);
        return root;
    }

    private static Map<String, Object> stat(Summary s, Rank rank) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", s.count());
        m.put("mean", Fmt.round(s.mean()));
        if (s.median() != null) {
            m.put("median", Fmt.round(s.median()));
            m.put("q1", Fmt.round(s.q1()));
            m.put("q3", Fmt.round(s.q3()));
            m.put("min", Fmt.round(s.min()));
        }
        m.put("max", Fmt.round(s.max()));
        if (rank != null) {
            m.put("rank", rank.rank());
            m.put("outOf", rank.outOf());
        }
        return m;
    }

    private static void print(PrintWriter out, VisitComparison vc, QuestionnaireDefinition d, String lang) {
        IndexResult r = vc.result();
        out.printf("%s (%s), %s, %s — compared with %s%n", r.cityName(), r.country(), r.questionnaireId(), r.date(),
                VisitComparison.FROM_RESULTS.equals(vc.source()) ? "the results held for this edition"
                        : "the loaded sample statistics " + vc.sampleId());
        out.printf("ICC Index: verified %s, self-assessed %s; intercultural lens: verified %s%n", Fmt.pct(r.overallVerified()),
                Fmt.pct(r.overallSelf()), Fmt.pct(r.lensVerified()));
        for (int i = 0; i < vc.groups().size(); i++) {
            VisitComparison.Column c = vc.groups().get(i);
            String rank = c.overallRank() == null ? "not ranked" : c.overallRank().text("en");
            out.printf("G%d  %-55s %4d cities  verified index %s%n", i + 1, c.label(lang), c.overall().count(), rank);
        }
        StringBuilder head = new StringBuilder(String.format("%-40s %7s", "area", "city"));
        for (int i = 0; i < vc.groups().size(); i++) {
            head.append(String.format("  %7s %-10s", "G" + (i + 1) + " mean", "rank"));
        }
        out.println(head);
        List<String[]> rows = new ArrayList<>();
        for (AreaDefinition a : d.areas()) {
            rows.add(new String[] {a.id(), a.title(lang)});
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(String.format("%-40s %7s", cut(row[1], 40), Fmt.pct(r.rate(row[0], true))));
            for (VisitComparison.Column c : vc.groups()) {
                Summary sum = c.areas().get(row[0]);
                Rank rank = c.areaRanks().get(row[0]);
                line.append(String.format("  %7s %-10s", Fmt.pct(sum == null ? null : sum.mean()), rank == null ? "" : rank.rank() + "/" + rank.outOf()));
            }
            out.println(line);
        }
        StringBuilder lens = new StringBuilder(String.format("%-40s %7s", "Intercultural lens", Fmt.pct(r.lensVerified())));
        StringBuilder total = new StringBuilder(String.format("%-40s %7s", "ICC Index (verified)", Fmt.pct(r.overallVerified())));
        for (VisitComparison.Column c : vc.groups()) {
            lens.append(String.format("  %7s %-10s", Fmt.pct(c.lens().mean()), c.lensRank() == null ? "" : c.lensRank().rank() + "/" + c.lensRank().outOf()));
            total.append(String.format("  %7s %-10s", Fmt.pct(c.overall().mean()),
                    c.overallRank() == null ? "" : c.overallRank().rank() + "/" + c.overallRank().outOf()));
        }
        out.println(lens);
        out.println(total);
    }

    private static String cut(String s, int n) {
        return s.length() > n ? s.substring(0, n - 1) + "…" : s;
    }
}
