package org.fieldbook.app.cli.index;

import java.nio.file.Path;
import org.fieldbook.app.cli.CliCommand;
import org.fieldbook.index.definition.DefinitionReader;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.definition.QuestionnaireRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code fieldbook index load FILE.json}: adds a questionnaire definition (never changes a loaded one). */
@Command(name = "load", description = "Load a questionnaire definition (JSON). A loaded id never changes; a new edition needs a new id.")
final class LoadCommand extends CliCommand {
    @Parameters(paramLabel = "FILE.json")
    Path file;

    @Override
    public Integer call() throws Exception {
        QuestionnaireDefinition d = DefinitionReader.read(file);
        return inWorkspace((s, out) -> {
            QuestionnaireRepository.LoadResult r = s.index().questionnaires().load(d);
            out.printf("%s questionnaire %s (%d areas, %d questions)%n",
                    r == QuestionnaireRepository.LoadResult.LOADED ? "Loaded" : "Already loaded, unchanged:", d.id(),
                    d.areas().size(), d.questions().size());
        });
    }
}
