package org.fieldbook.app.cli.index;

import java.nio.file.Path;
import org.fieldbook.app.Services;
import org.fieldbook.app.cli.CliCommand;
import org.fieldbook.app.cli.CommandGroup;
import org.fieldbook.app.cli.Json;
import org.fieldbook.app.cli.WorkspaceCommand;
import org.fieldbook.index.sample.SampleReader;
import org.fieldbook.index.sample.SampleStatistics;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fieldbook index sample load FILE}: the office's sample statistics (JSON or CSV);
 * {@code fieldbook index sample show [--edition Q] [--json]}: the sample computed from the results held.
 */
@Command(name = "sample", description = "The sample: statistics computed from the results held, or loaded from the office.",
        subcommands = {SampleCommand.Load.class, SampleCommand.Show.class, CommandLine.HelpCommand.class})
final class SampleCommand extends CommandGroup {
    @Command(name = "load", description = "Load sample statistics (JSON or CSV); they replace the current ones.")
    static final class Load extends CliCommand {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws Exception {
            SampleStatistics st = SampleReader.read(file);
            return inWorkspace((s, out) -> {
                s.index().samples().save(st);
                out.printf("Loaded sample statistics %s (%d groups)%s%n", st.id(), st.groups().size(), st.fictional() ? " — FICTIONAL" : "");
            });
        }
    }

    @Command(name = "show", description = "Statistics of the sample computed from the results held, per edition, for the whole"
            + " sample and every group: count, mean, median, quartiles, min and max of the verified rates (each city's latest"
            + " result once).")
    static final class Show extends WorkspaceCommand {
        @Option(names = "--edition", paramLabel = "QUESTIONNAIRE", description = "Only this edition (default: every edition held)")
        String edition;

        @Option(names = "--json", description = "Print JSON")
        boolean json;

        @Override
        protected void run(Services s, java.io.PrintWriter out) {
            var results = s.index().results();
            results.refreshVisits();
            java.util.List<String> editions = edition == null ? results.editions() : java.util.List.of(edition);
            if (editions.isEmpty()) {
                var loaded = s.index().samples().current();
                throw new org.fieldbook.app.cli.UserError("no INDEX results held" + (loaded.isPresent()
                        ? "; comparisons use the loaded sample statistics " + loaded.get().id() : "")
                        + " (import results with 'fieldbook index results import FILE')");
            }
            java.util.List<Object> all = new java.util.ArrayList<>();
            for (String q : editions) {
                var es = results.sample(q);
                if (es.latestByCity().isEmpty()) {
                    throw new org.fieldbook.app.cli.UserError("no INDEX results held for edition " + q);
                }
                if (json) {
                    all.add(json(es));
                    continue;
                }
                out.printf("Edition %s: %d cities (each city's latest result)%n", q, es.latestByCity().size());
                out.printf("%-58s %-40s %5s %7s %7s %7s %7s %7s %7s%n", "group", "area", "n", "mean", "median", "q1", "q3",
                        "min", "max");
                for (var g : es.groups()) {
                    if (g.overall().count() == 0) {
                        continue;
                    }
                    row(out, g.label(parent.language()), "ICC Index", g.overall());
                    if (g.lens().count() > 0) {
                        row(out, "", "intercultural lens", g.lens());
                    }
                    var def = s.index().questionnaires().find(q);
                    java.util.List<String> order = new java.util.ArrayList<>();
                    def.ifPresent(dd -> dd.areas().forEach(a -> order.add(a.id())));
                    g.areas().keySet().stream().filter(a -> !order.contains(a)).forEach(order::add);
                    for (String a : order) {
                        var st = g.areas().get(a);
                        if (st != null) {
                            row(out, "", def.flatMap(dd -> dd.area(a)).map(x -> x.title(parent.language())).orElse(a), st);
                        }
                    }
                }
            }
            if (json) {
                Json.print(out, all);
            }
        }

        private static void row(java.io.PrintWriter out, String group, String area, org.fieldbook.index.results.Summary st) {
            out.printf("%-58s %-40s %5d %7s %7s %7s %7s %7s %7s%n", group, area, st.count(), Fmt.pct(st.mean()), Fmt.pct(st.median()),
                    Fmt.pct(st.q1()), Fmt.pct(st.q3()), Fmt.pct(st.min()), Fmt.pct(st.max()));
        }

        static java.util.Map<String, Object> json(org.fieldbook.index.results.EditionSample es) {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("questionnaire", es.questionnaireId());
            m.put("cities", es.latestByCity().size());
            java.util.List<Object> groups = new java.util.ArrayList<>();
            for (var g : es.groups()) {
                java.util.Map<String, Object> gm = new java.util.LinkedHashMap<>();
                gm.put("id", g.key());
                gm.put("dimension", g.dimension());
                gm.put("label", g.label("en"));
                gm.put("cities", g.cityIds().size());
                gm.put("overall", summary(g.overall()));
                gm.put("lens", summary(g.lens()));
                java.util.Map<String, Object> areas = new java.util.LinkedHashMap<>();
                g.areas().forEach((a, st) -> areas.put(a, summary(st)));
                gm.put("areas", areas);
                groups.add(gm);
            }
            m.put("groups", groups);
            return m;
        }

        static java.util.Map<String, Object> summary(org.fieldbook.index.results.Summary st) {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("count", st.count());
            m.put("mean", Fmt.round(st.mean()));
            m.put("median", Fmt.round(st.median()));
            m.put("q1", Fmt.round(st.q1()));
            m.put("q3", Fmt.round(st.q3()));
            m.put("min", Fmt.round(st.min()));
            m.put("max", Fmt.round(st.max()));
            return m;
        }
    }
}
