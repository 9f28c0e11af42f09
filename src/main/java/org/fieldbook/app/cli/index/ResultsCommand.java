package org.fieldbook.app.cli.index;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fieldbook.app.Services;
import org.fieldbook.app.cli.CommandGroup;
import org.fieldbook.app.cli.Json;
import org.fieldbook.app.cli.WorkspaceCommand;
import org.fieldbook.index.results.IndexResult;
import org.fieldbook.index.results.IndexResultService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fieldbook index results list|import|export}: the office's INDEX database. */
@Command(name = "results", description = "The office's INDEX database: every city's results over the years.",
        subcommands = {ResultsCommand.ListResults.class, ResultsCommand.Import.class, ResultsCommand.Export.class,
                CommandLine.HelpCommand.class})
final class ResultsCommand extends CommandGroup {
    @Command(name = "list", description = "List the results held (visits' results are brought up to date first).")
    static final class ListResults extends WorkspaceCommand {
        @Option(names = "--edition", paramLabel = "QUESTIONNAIRE", description = "Only results of this questionnaire")
        String edition;

        @Option(names = "--city", paramLabel = "ID", description = "Only this city's results")
        String city;

        @Option(names = "--json", description = "Print JSON")
        boolean json;

        @Override
        protected void run(Services s, PrintWriter out) {
            IndexResultService svc = s.index().results();
            svc.refreshVisits();
            List<IndexResult> rs = svc.list().stream()
                    .filter(r -> edition == null || r.questionnaireId().equals(edition))
                    .filter(r -> city == null || r.cityId().equals(city)).toList();
            if (json) {
                Json.print(out, rs.stream().map(ResultsCommand::json).toList());
            } else if (rs.isEmpty()) {
                out.println("No INDEX results held. Import past results with 'fieldbook index results import FILE';"
                        + " a visit's result appears when its answers are imported.");
            } else {
                out.printf("%-36s %-24s %-10s %-28s %-10s %8s %8s %8s  %s%n", "city id", "city", "country", "questionnaire", "date",
                        "verified", "self", "lens", "source");
                for (IndexResult r : rs) {
                    out.printf("%-36s %-24s %-10s %-28s %-10s %8s %8s %8s  %s%n", r.cityId(), cut(r.cityName(), 24),
                            cut(r.country(), 10), cut(r.questionnaireId(), 28), r.date(), Fmt.pct(r.overallVerified()),
                            Fmt.pct(r.overallSelf()), Fmt.pct(r.lensVerified()),
                            r.visitId() != null ? "visit " + r.visitId() : r.source());
                }
                out.printf("%d results, %d cities%n", rs.size(), rs.stream().map(IndexResult::cityId).distinct().count());
            }
        }
    }

    @Command(name = "import", description = "Import past results from CSV or XLSX (columns: city, country, questionnaire, date,"
            + " population, foreign_born_pct, one column per area id with the verified rate, AREA_self for the self-assessed"
            + " one). A file with any problem imports nothing.")
    static final class Import extends WorkspaceCommand {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        protected void run(Services s, PrintWriter out) {
            IndexResultService.ImportSummary r = s.index().results().importFile(file);
            out.printf("Imported %d results (%d editions); %d new cities%n", r.results(), r.editions(), r.newCities());
        }
    }

    @Command(name = "export", description = "Write every result held to CSV or XLSX (by the file's extension), in the columns"
            + " 'index results import' reads.")
    static final class Export extends WorkspaceCommand {
        @Option(names = "--out", required = true, paramLabel = "FILE.csv|FILE.xlsx")
        Path out;

        @Override
        protected void run(Services s, PrintWriter w) {
            w.printf("Wrote %d results to %s%n", s.index().results().export(out), out);
        }
    }

    private static String cut(String s, int n) {
        return s.length() > n ? s.substring(0, n - 1) + "…" : s;
    }

    static Map<String, Object> json(IndexResult r) {
        return Json.object("id", r.id(), "cityId", r.cityId(), "city", r.cityName(), "country", r.country(),
                "population", r.population(), "foreignBornPct", r.foreignBornPct(), "questionnaire", r.questionnaireId(),
                "date", r.date(), "visit", r.visitId(), "source", r.source(), "overall", sides(r.overallSelf(), r.overallVerified()),
                "lens", sides(r.lensSelf(), r.lensVerified()), "verified", Fmt.rounded(r.verifiedRates()),
                "self", Fmt.rounded(r.selfRates()));
    }

    static Map<String, Object> sides(Double self, Double verified) {
        return Json.object("self", Fmt.round(self), "verified", Fmt.round(verified));
    }
}
