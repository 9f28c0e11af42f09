package org.fieldbook.app.cli.index;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldbook.app.Services;
import org.fieldbook.app.cli.Json;
import org.fieldbook.app.cli.WorkspaceCommand;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.results.CityProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fieldbook index progress --city ID [--json]}: a city's successive results side by side, with the change. */
@Command(name = "progress", description = "A city's successive INDEX results side by side (verified rates), with the change"
        + " from one to the next; results of an earlier edition are set in the latest one's areas through the area mapping.")
final class ProgressCommand extends WorkspaceCommand {
    @Option(names = "--city", required = true, paramLabel = "ID", description = "The city's id (see 'fieldbook index results list')")
    String cityId;

    @Option(names = "--json", description = "Print JSON")
    boolean json;

    @Override
    protected void run(Services s, PrintWriter out) {
        s.index().results().refreshVisits();
        CityProgress p = s.index().results().progress(cityId);
        QuestionnaireDefinition d = s.index().questionnaires().find(p.targetQuestionnaireId()).orElse(null);
        if (json) {
            Json.print(out, toJson(p));
        } else {
            print(out, p, d, parent.language());
        }
    }

    static Map<String, Object> toJson(CityProgress p) {
        Map<String, Object> root = Json.object("cityId", p.cityId(), "city", p.cityName(), "questionnaire", p.targetQuestionnaireId(),
                "areas", p.areas());
        List<Object> steps = new ArrayList<>();
        for (CityProgress.Step st : p.steps()) {
            Map<String, Object> m = Json.object("id", st.result().id(), "questionnaire", st.result().questionnaireId(),
                    "date", st.result().date(), "visit", st.result().visitId(), "mapped", st.mapped());
            Map<String, Object> overall = ResultsCommand.sides(st.result().overallSelf(), st.result().overallVerified());
            overall.put("change", Fmt.round(st.overallChange()));
            m.put("overall", overall);
            Map<String, Object> lens = new LinkedHashMap<>();
            lens.put("verified", Fmt.round(st.result().lensVerified()));
            lens.put("change", Fmt.round(st.lensChange()));
            m.put("lens", lens);
            Map<String, Object> areas = new LinkedHashMap<>();
            for (String a : p.areas()) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("verified", Fmt.round(st.verified().get(a)));
                v.put("self", Fmt.round(st.self().get(a)));
                v.put("change", Fmt.round(st.change().get(a)));
                areas.put(a, v);
            }
            m.put("rates", areas);
            steps.add(m);
        }
        root.put("results", steps);
        return root;
    }

    private static void print(PrintWriter out, CityProgress p, QuestionnaireDefinition d, String lang) {
        out.printf("%s — %d results, areas of %s%n", p.cityName(), p.steps().size(), p.targetQuestionnaireId());
        StringBuilder head = new StringBuilder(String.format("%-40s", "area"));
        for (CityProgress.Step st : p.steps()) {
            head.append(String.format(" %16s", st.result().date() + (st.mapped() ? "*" : "")));
        }
        out.println(head);
        for (String a : p.areas()) {
            String title = d == null ? a : d.area(a).map(x -> x.title(lang)).orElse(a);
            StringBuilder line = new StringBuilder(String.format("%-40s", title.length() > 40 ? title.substring(0, 39) + "…" : title));
            for (CityProgress.Step st : p.steps()) {
                line.append(String.format(" %16s", cell(st.verified().get(a), st.change().get(a))));
            }
            out.println(line);
        }
        StringBuilder lens = new StringBuilder(String.format("%-40s", "Intercultural lens"));
        StringBuilder total = new StringBuilder(String.format("%-40s", "ICC Index (verified)"));
        for (CityProgress.Step st : p.steps()) {
            lens.append(String.format(" %16s", cell(st.result().lensVerified(), st.lensChange())));
            total.append(String.format(" %16s", cell(st.result().overallVerified(), st.overallChange())));
        }
        out.println(lens);
        out.println(total);
        if (p.steps().stream().anyMatch(CityProgress.Step::mapped)) {
            out.println("* an earlier edition, set in this edition's areas through the area mapping");
        }
    }

    private static String cell(Double v, Double change) {
        return v == null ? "-" : Fmt.pct(v) + (change == null ? "" : " (" + Fmt.signed(change) + ")");
    }
}
