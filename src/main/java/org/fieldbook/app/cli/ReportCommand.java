package org.fieldbook.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fieldbook report --visit ID --out FILE.docx [--lang en|fr] [--template FILE.docx]}. */
@Command(name = "report", description = "Export a visit's intercultural profile as a Word document.")
final class ReportCommand extends CliCommand {
    @Option(names = "--visit", required = true, paramLabel = "ID", description = "The visit's id (see 'fieldbook visits')")
    String visitId;

    @Option(names = "--out", required = true, paramLabel = "FILE.docx", description = "Where to write the document")
    Path out;

    @Option(names = "--template", paramLabel = "FILE.docx", description = "House template whose styles to use")
    Path template;

    @Override
    public Integer call() throws Exception {
        String given = ((FieldbookCommand) parent).lang; // report is a subcommand of the root: --lang exactly as given
        String lang = given == null ? "en" : given;
        if (!lang.equals("en") && !lang.equals("fr")) {
            throw new UserError("unknown language '" + lang + "' (en or fr)");
        }
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
            throw new UserError("the output file must end in .docx: " + out);
        }
        return inWorkspace((s, w) -> {
            requireVisit(s, visitId);
            long bytes = s.reports().export(visitId, out, lang, template, (f, step) -> { });
            w.printf("Wrote %s (%d KB)%n", out, (bytes + 1023) / 1024);
        });
    }
}
