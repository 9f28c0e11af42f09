package org.fieldbook.app.cli.index;

import java.nio.file.Path;
import org.fieldbook.app.cli.CliCommand;
import org.fieldbook.profile.report.IndexReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fieldbook index report --visit ID --out FILE.docx [--lang fr]}: the INDEX analysis report. */
@Command(name = "report", description = "Write the INDEX analysis report of a visit (Word): the city's rates against the sample"
        + " and its groups, area by area, with ranks, the intercultural lens, progress and pointers to good practice.")
final class ReportCommand extends CliCommand {
    @Mixin
    VisitOption visit;

    @Option(names = "--out", required = true, paramLabel = "FILE.docx")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
            throw new IllegalArgumentException("the report is a Word file: give --out a name ending in .docx");
        }
        return inWorkspace((s, w) -> {
            String visitId = visit.require(s);
            s.index().results().refreshVisits();
            var data = s.index().assessments().reportData(visitId, parent.language());
            long bytes = IndexReportWriter.export(data, out, parent.language());
            w.printf("Wrote the INDEX analysis report of %s to %s (%d KB, a comparison between %d cities)%n",
                    data.city().name(), out, Math.max(1, bytes / 1024), data.sampleSize());
        });
    }
}
