package org.fieldbook.app.cli.index;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fieldbook.app.Services;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.workbook.AnswerTemplateWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code fieldbook index template --questionnaire ID --out FILE.xlsx}: the workbook a city fills in. */
@Command(name = "template", description = "Write the answers workbook (.xlsx) a city fills in.")
final class TemplateCommand implements Callable<Integer> {
    @ParentCommand
    IndexCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--questionnaire", paramLabel = "ID", description = "Default: the latest loaded")
    String id;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx")
    Path out;

    @Override
    public Integer call() {
        try (Services s = parent.open()) {
            QuestionnaireDefinition d = id == null ? s.index().questionnaires().latest().orElseThrow()
                    : s.index().questionnaires().require(id);
            new AnswerTemplateWriter(d, parent.language()).write(out);
            spec.commandLine().getOut().printf("Wrote %s (questionnaire %s, %d areas)%n", out, d.id(), d.areas().size());
        }
        return 0;
    }
}
