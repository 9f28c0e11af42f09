package org.fieldbook.app.cli.index;

import org.fieldbook.app.Services;
import org.fieldbook.app.cli.FieldbookCommand;
import org.fieldbook.app.cli.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code fieldbook index}: the INDEX questionnaire, answers, verification and scores. */
@Command(name = "index", description = "INDEX questionnaires, the city's answers, verification, scores, and the office's database of results.",
        subcommands = {LoadCommand.class, ShowCommand.class, TemplateCommand.class, ImportAnswersCommand.class,
                ScoreCommand.class, ExportCommand.class, SampleCommand.class, ResultsCommand.class, CompareCommand.class,
                ProgressCommand.class, GroupsCommand.class, MappingCommand.class, ReportCommand.class, CommandLine.HelpCommand.class})
public final class IndexCommand implements Runnable {
    @ParentCommand
    FieldbookCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand (load, show, template,"
                + " import-answers, score, export, sample, results, compare, progress, groups, mapping, report)");
    }

    Services open() {
        return root.open();
    }

    /** The language for generated files: --lang if given, else English. */
    String language() {
        return root.language();
    }

    static void requireVisit(Services s, String visitId) {
        if (s.visits().find(visitId).isEmpty()) {
            throw new UserError("no visit with id " + visitId + " (see 'fieldbook visits')");
        }
    }
}
