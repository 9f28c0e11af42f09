package org.fieldbook.app.cli.index;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fieldbook.app.Services;
import org.fieldbook.index.definition.DefinitionReader;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.definition.QuestionnaireRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code fieldbook index load FILE.json}: adds a questionnaire definition (never changes a loaded one). */
@Command(name = "load", description = "Load a questionnaire definition (JSON). A loaded id never changes; a new edition needs a new id.")
final class LoadCommand implements Callable<Integer> {
    @ParentCommand
    IndexCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.json")
    Path file;

    @Override
    public Integer call() {
        QuestionnaireDefinition d = DefinitionReader.read(file);
        try (Services s = parent.open()) {
            QuestionnaireRepository.LoadResult r = s.index().questionnaires().load(d);
            spec.commandLine().getOut().printf("%s questionnaire %s (%d areas, %d questions)%n",
                    r == QuestionnaireRepository.LoadResult.LOADED ? "Loaded" : "Already loaded, unchanged:", d.id(),
                    d.areas().size(), d.questions().size());
        }
        return 0;
    }
}
