package org.fieldbook.app.cli.index;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldbook.app.Services;
import org.fieldbook.app.cli.Json;
import org.fieldbook.app.cli.WorkspaceCommand;
import org.fieldbook.index.Assessment;
import org.fieldbook.index.score.AreaScore;
import org.fieldbook.index.score.IndexScore;
import org.fieldbook.index.score.SideScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fieldbook index score --visit ID [--json]}: self-assessed and verified scores side by side. */
@Command(name = "score", description = "Self-assessed and verified INDEX scores of a visit.")
final class ScoreCommand extends WorkspaceCommand {
    @Mixin
    VisitOption visit;

    @Option(names = "--json", description = "Print JSON")
    boolean json;

    @Override
    protected void run(Services s, PrintWriter out) {
        Assessment a = s.index().assessments().require(visit.require(s));
        IndexScore score = a.score();
        if (json) {
            Json.print(out, toJson(a));
            return;
        }
        String lang = parent.language();
        out.printf("%-45s %8s %8s %8s%n", "area", "self", "verified", "diff");
        for (AreaScore ar : score.areas()) {
            out.printf("%-45s %8s %8s %8s%s%n", a.definition().area(ar.areaId()).orElseThrow().title(lang),
                    pct(ar.self().rate()), pct(ar.verified().rate()), pct(ar.difference()), ar.counted() ? "" : "  (not counted)");
        }
        out.printf("%-45s %8s %8s %8s%n", "ICC Index", pct(score.overallSelf()), pct(score.overallVerified()),
                pct(score.overallDifference()));
        if (a.comparison() != null && a.comparison().rank() != null) {
            out.printf("Rank %d of %d in the sample (verified index)%n", a.comparison().rank(), a.comparison().rankOutOf());
        }
    }

    static Map<String, Object> toJson(Assessment a) {
        IndexScore score = a.score();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("questionnaire", score.questionnaireId());
        List<Object> areas = new ArrayList<>();
        for (AreaScore ar : score.areas()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", ar.areaId());
            m.put("weight", ar.weight());
            m.put("optional", ar.optional());
            m.put("counted", ar.counted());
            m.put("self", side(ar.self(), false));
            m.put("verified", side(ar.verified(), true));
            m.put("difference", round(ar.difference()));
            a.comparison();
            if (a.comparison() != null) {
                a.comparison().mean(ar.areaId()).ifPresent(st -> m.put("sampleMean", st.mean()));
            }
            areas.add(m);
        }
        root.put("areas", areas);
        Map<String, Object> overall = new LinkedHashMap<>();
        overall.put("self", round(score.overallSelf()));
        overall.put("verified", round(score.overallVerified()));
        overall.put("difference", round(score.overallDifference()));
        if (a.comparison() != null && a.comparison().rank() != null) {
            overall.put("rank", a.comparison().rank());
            overall.put("rankOutOf", a.comparison().rankOutOf());
        }
        root.put("overall", overall);
        return root;
    }

    private static Map<String, Object> side(SideScore s, boolean verified) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("points", round(s.points()));
        m.put("max", round(s.max()));
        m.put("rate", round(s.rate()));
        m.put("counted", s.counted());
        if (verified) {
            m.put("unverifiedPoints", round(s.unverifiedPoints()));
        }
        return m;
    }

    static Double round(Double v) {
        return v == null ? null : Math.round(v * 100.0) / 100.0;
    }

    private static String pct(Double v) {
        return v == null ? "-" : String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
