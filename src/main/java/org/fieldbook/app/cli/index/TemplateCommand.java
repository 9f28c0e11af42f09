package org.fieldbook.app.cli.index;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.fieldbook.app.Services;
import org.fieldbook.app.cli.WorkspaceCommand;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.workbook.AnswerTemplateWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fieldbook index template --questionnaire ID --out FILE.xlsx}: the workbook a city fills in. */
@Command(name = "template", description = "Write the answers workbook (.xlsx) a city fills in.")
final class TemplateCommand extends WorkspaceCommand {
    @Option(names = "--questionnaire", paramLabel = "ID", description = "Default: the latest loaded")
    String id;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx")
    Path out;

    @Override
    protected void run(Services s, PrintWriter w) {
        QuestionnaireDefinition d = id == null ? s.index().questionnaires().latest().orElseThrow()
                : s.index().questionnaires().require(id);
        new AnswerTemplateWriter(d, parent.language()).write(out);
        w.printf("Wrote %s (questionnaire %s, %d areas)%n", out, d.id(), d.areas().size());
    }
}
