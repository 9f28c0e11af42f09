package org.fieldbook.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fieldbook.app.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code fieldbook report --visit ID --out FILE.docx [--lang en|fr] [--template FILE.docx]}. */
@Command(name = "report", description = "Export a visit's intercultural profile as a Word document.")
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    FieldbookCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--visit", required = true, paramLabel = "ID", description = "The visit's id (see 'fieldbook visits')")
    String visitId;

    @Option(names = "--out", required = true, paramLabel = "FILE.docx", description = "Where to write the document")
    Path out;

    @Option(names = "--template", paramLabel = "FILE.docx", description = "House template whose styles to use")
    Path template;

    @Override
    public Integer call() {
        String lang = root.lang == null ? "en" : root.lang;
        if (!lang.equals("en") && !lang.equals("fr")) {
            throw new UserError("unknown language '" + lang + "' (en or fr)");
        }
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
            throw new UserError("the output file must end in .docx: " + out);
        }
        try (Services s = root.open()) {
            if (s.visits().find(visitId).isEmpty()) {
                throw new UserError("no visit with id " + visitId + " (see 'fieldbook visits')");
            }
            long bytes = s.reports().export(visitId, out, lang, template, (f, step) -> { });
            spec.commandLine().getOut().printf("Wrote %s (%d KB)%n", out, (bytes + 1023) / 1024);
        }
        return 0;
    }
}
