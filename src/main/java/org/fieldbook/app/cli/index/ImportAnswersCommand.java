package org.fieldbook.app.cli.index;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fieldbook.app.Services;
import org.fieldbook.index.AnswerImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code fieldbook index import-answers --visit ID FILE}: the city's answers from a workbook or JSON. */
@Command(name = "import-answers", description = "Import the city's answers (.xlsx from 'index template', or JSON). "
        + "A file with any problem imports nothing.")
final class ImportAnswersCommand implements Callable<Integer> {
    @ParentCommand
    IndexCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--visit", required = true, paramLabel = "ID")
    String visitId;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        try (Services s = parent.open()) {
            IndexCommand.requireVisit(s, visitId);
            AnswerImporter.Result r = s.index().importer().importFile(visitId, file);
            spec.commandLine().getOut().printf("Imported %d answers to %d questions (questionnaire %s)%n", r.answered(),
                    r.questions(), r.questionnaireId());
        }
        return 0;
    }
}
