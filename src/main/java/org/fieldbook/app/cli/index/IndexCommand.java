package org.fieldbook.app.cli.index;

import org.fieldbook.app.cli.CommandGroup;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code fieldbook index}: the INDEX questionnaire, answers, verification and scores. */
@Command(name = "index", description = "INDEX questionnaires, the city's answers, verification, scores, and the office's database of results.",
        subcommands = {LoadCommand.class, ShowCommand.class, TemplateCommand.class, ImportAnswersCommand.class,
                ScoreCommand.class, ExportCommand.class, SampleCommand.class, ResultsCommand.class, CompareCommand.class,
                ProgressCommand.class, GroupsCommand.class, MappingCommand.class, ReportCommand.class, CommandLine.HelpCommand.class})
public final class IndexCommand extends CommandGroup {
}
