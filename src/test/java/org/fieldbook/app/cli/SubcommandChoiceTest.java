package org.fieldbook.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line builds only the subcommand the arguments name, and that one exactly as in the whole tree. */
class SubcommandChoiceTest {
    @Test
    void theNamedSubcommandIsTheFirstArgumentAfterTheGlobalOptions() {
        assertEquals("index", FieldbookCommand.subcommandName(new String[] {"--data", "x", "--lang", "fr", "index", "report"}));
        assertEquals("visits", FieldbookCommand.subcommandName(new String[] {"--data=x", "--db=postgresql://h/d", "visits"}));
        assertEquals("--help", FieldbookCommand.subcommandName(new String[] {"--help"}));
        assertNull(FieldbookCommand.subcommandName(new String[] {"--data", "x"}));
        assertNull(FieldbookCommand.subcommandName(new String[0]));
    }

    @Test
    void onlyTheNamedOneIsBuiltWithAllOfItsOwnSubcommands() {
        CommandLine trimmed = FieldbookCommand.commandLine(new FieldbookCommand(), new String[] {"--data", "x", "index", "report"});
        assertEquals(Set.of("index"), trimmed.getSubcommands().keySet());
        CommandLine whole = FieldbookCommand.commandLine(new FieldbookCommand(), new String[0]);
        assertEquals(FieldbookCommand.SUBCOMMANDS.size(), whole.getSubcommands().size());
        CommandLine index = whole.getSubcommands().get("index");
        assertEquals(index.getSubcommands().keySet(), trimmed.getSubcommands().get("index").getSubcommands().keySet());
        // inherited options (--data, --db, --lang, --help, --version) and texts: the same usage either way
        assertEquals(index.getSubcommands().get("report").getUsageMessage(),
                trimmed.getSubcommands().get("index").getSubcommands().get("report").getUsageMessage());
        assertEquals(index.getUsageMessage(), trimmed.getSubcommands().get("index").getUsageMessage());
    }

    @Test
    void helpAMistypedCommandOrNoCommandGetsThemAll() {
        for (List<String> args : List.of(List.of("help", "index"), List.of("indx", "report"), List.of("--version"), List.of("--lang", "fr"))) {
            CommandLine cli = FieldbookCommand.commandLine(new FieldbookCommand(), args.toArray(String[]::new));
            assertEquals(FieldbookCommand.SUBCOMMANDS.size(), cli.getSubcommands().size(), args.toString());
        }
    }
}
