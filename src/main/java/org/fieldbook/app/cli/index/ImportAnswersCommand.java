package org.fieldbook.app.cli.index;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.fieldbook.app.Services;
import org.fieldbook.app.cli.WorkspaceCommand;
import org.fieldbook.index.AnswerImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code fieldbook index import-answers --visit ID FILE}: the city's answers from a workbook or JSON. */
@Command(name = "import-answers", description = "Import the city's answers (.xlsx from 'index template', or JSON). "
        + "A file with any problem imports nothing.")
final class ImportAnswersCommand extends WorkspaceCommand {
    @Mixin
    VisitOption visit;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    protected void run(Services s, PrintWriter out) {
        AnswerImporter.Result r = s.index().importer().importFile(visit.require(s), file);
        out.printf("Imported %d answers to %d questions (questionnaire %s)%n", r.answered(), r.questions(), r.questionnaireId());
        if (r.conflicts() > 0) {
            out.printf("%d of them had been changed by a colleague since this program read them: the file's values are stored"
                    + " and both are listed as conflicts ('fieldbook conflicts')%n", r.conflicts());
        }
    }
}
