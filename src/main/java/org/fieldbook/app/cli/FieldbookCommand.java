package org.fieldbook.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fieldbook.app.Services;
import org.fieldbook.store.StoreException;
import org.fieldbook.store.WorkspaceLocation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code fieldbook} command: global options and the list of subcommands. */
@Command(name = "fieldbook", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, versionProvider = VersionProvider.class,
        description = {"Field capture, INDEX verification and profiles for Intercultural Cities expert visits.",
                "Without a command, opens the desktop window."},
        subcommands = {})
public final class FieldbookCommand implements Callable<Integer>, WorkspaceParent {
    /**
     * The subcommands, in the order the help lists them. Added by {@link #commandLine}: all of them, or only the one the
     * arguments name (picocli builds the model of every command it is given, by reflection, at each start: for some
     * forty commands that was a good part of a one-shot command's start-up, issue 13).
     */
    static final java.util.List<Class<?>> SUBCOMMANDS = java.util.List.of(InitCommand.class, VisitsCommand.class, NotesCommand.class,
            SearchCommand.class, DemoCommand.class, org.fieldbook.app.cli.index.IndexCommand.class, ReportCommand.class,
            ExportCommand.class, ImportCommand.class, VerifyCommand.class, KeyCommand.class, SyncLogCommand.class,
            ConflictsCommand.class, PersonCommand.class, RetentionCommand.class, OfficeCommand.class, CommandLine.HelpCommand.class);

    /** Returned by {@link #run} when no subcommand was given and the window has been opened. */
    public static final int OPEN_WINDOW = -1;

    @Option(names = "--data", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Workspace folder (default: $FIELDBOOK_HOME, else the per-user data folder)")
    Path data;

    @Option(names = "--db", paramLabel = "postgresql://HOST[:PORT]/DB", scope = CommandLine.ScopeType.INHERIT,
            description = {"The office's shared workspace on PostgreSQL instead of a folder (?sslmode=… honoured);",
                    "the password comes from ~/.pgpass or PGPASSFILE, else it is asked for. --data then names this",
                    "program's own folder (keys, logs)."})
    String db;

    @Option(names = "--lang", paramLabel = "en|fr", scope = CommandLine.ScopeType.INHERIT,
            description = "Language of the window and of generated documents")
    String lang;

    @Parameters(arity = "0..1", paramLabel = "BUNDLE.fbz", converter = BundlePath.class,
            description = "A sync bundle to open in the window (what the .fbz file association passes)")
    Path bundle;

    /** Accepts only a path ending in .fbz, so a mistyped command stays a usage error. */
    static final class BundlePath implements CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            if (!value.toLowerCase(java.util.Locale.ROOT).endsWith(".fbz")) {
                throw new CommandLine.TypeConversionException("'" + value + "' is neither a command nor a .fbz bundle");
            }
            return Path.of(value);
        }
    }


    /** The .fbz bundle given on the command line (double-clicking a bundle passes its path), or null. */
    public Path bundleToOpen() {
        return bundle;
    }

    @Override
    public Integer call() {
        // --data, --db and --lang are parsed here once; the window gets the result, not the raw arguments
        org.fieldbook.app.ui.FieldbookApp.launchWindow(launch(org.fieldbook.app.ui.Workspaces.forUser(), System.getenv()));
        return OPEN_WINDOW;
    }

    /**
     * The window's launch, opening the workspace chosen last in the window (File ▸ Open workspace…) when neither
     * {@code --data} nor {@code --db} nor FIELDBOOK_HOME names one.
     */
    public org.fieldbook.app.ui.FieldbookApp.Launch launch(org.fieldbook.app.ui.Workspaces workspaces, java.util.Map<String, String> env) {
        String home = env.get("FIELDBOOK_HOME");
        if (data == null && db == null && (home == null || home.isBlank())) {
            workspaces.remembered().ifPresent(last -> {
                if (last.database() != null) {
                    db = last.database().toString();
                    data = workspaces.ownFolder(); // as the window that chose it: the per-user data folder
                } else {
                    data = last.folder();
                }
            });
        }
        return launch();
    }

    /** {@link #launch(org.fieldbook.app.ui.Workspaces, java.util.Map)} for these arguments, as {@code fieldbook ARGS} parses them. */
    public static org.fieldbook.app.ui.FieldbookApp.Launch parseLaunch(org.fieldbook.app.ui.Workspaces workspaces,
                                                                     java.util.Map<String, String> env, String... args) {
        FieldbookCommand root = new FieldbookCommand();
        new CommandLine(root).parseArgs(args);
        return root.launch(workspaces, env);
    }

    /** The workspace folder these options point at. */
    @Override
    public Path workspaceFolder() {
        return WorkspaceLocation.resolve(data);
    }

    /** The language asked for with --lang ("en" or "fr"; English when not given). */
    @Override
    public String language() {
        return "fr".equalsIgnoreCase(lang) ? "fr" : "en";
    }

    /** Opens the workspace for a subcommand; a locked or damaged one becomes a one-line user error. */
    @Override
    public Services open() {
        Services s = db == null ? Services.open(workspaceFolder())
                : Services.open(org.fieldbook.store.PgLocation.parse(db), workspaceFolder(), System::currentTimeMillis,
                        FieldbookCommand::askPassword);
        if (s.store().clockLooksBehind() && spec != null) {
            spec.commandLine().getErr().println("fieldbook: warning: this computer's clock is "
                    + (s.store().clockBehindMillis() / 60_000) + " minutes behind the newest change this workspace holds;"
                    + " changes stay in order, but please check the date and time in the system settings");
        }
        return s;
    }

    /** What the window is to open, as these options say. */
    org.fieldbook.app.ui.FieldbookApp.Launch launch() {
        return new org.fieldbook.app.ui.FieldbookApp.Launch(workspaceFolder(), this::openForWindow,
                org.fieldbook.support.Language.fromCode(lang), bundle, db);
    }

    /** The window's launch for these command-line arguments, parsed as {@code fieldbook ARGS} would parse them. */
    public static org.fieldbook.app.ui.FieldbookApp.Launch parseLaunch(String... args) {
        FieldbookCommand root = new FieldbookCommand();
        commandLine(root, args).parseArgs(args);
        return root.launch();
    }

    /** Opens the workspace for the window: no console to ask a password on, so ~/.pgpass or PGPASSFILE gives it. */
    private Services openForWindow() {
        return db == null ? Services.open(workspaceFolder())
                : Services.open(org.fieldbook.store.PgLocation.parse(db), workspaceFolder(), System::currentTimeMillis,
                        () -> null);
    }

    /** The office database's address given with --db, or null for a workspace folder. */
    public String database() {
        return db;
    }

    /** Asks for the database password on the console (never echoed, never stored); null without a console. */
    static char[] askPassword() {
        java.io.Console console = System.console();
        return console == null ? null : console.readPassword("Password for the office database: ");
    }

    @picocli.CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static int run(String[] args) {
        return run(args, null, null);
    }

    /** Runs the command line with the given output and error writers (null: the console's). */
    public static int run(String[] args, java.io.PrintWriter out, java.io.PrintWriter err) {
        FieldbookCommand root = new FieldbookCommand();
        CommandLine cli = commandLine(root, args);
        if (out != null) {
            cli.setOut(out);
        }
        if (err != null) {
            cli.setErr(err);
        }
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            Throwable cause = ex;
            if (cause instanceof UserError || cause instanceof StoreException || cause instanceof IllegalArgumentException
                    || cause instanceof org.fieldbook.sync.SyncException
                    || cause instanceof java.io.UncheckedIOException) {
                cmd.getErr().println("fieldbook: " + oneLine(cause.getMessage()));
                cmd.getErr().flush();
                return 1;
            }
            cmd.getErr().println("fieldbook: unexpected error: " + oneLine(String.valueOf(cause)));
            cmd.getErr().flush();
            return 1;
        });
        cli.setParameterExceptionHandler((ex, params) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("fieldbook: " + oneLine(ex.getMessage()) + " (see '" + cmd.getCommandSpec().qualifiedName()
                    + " --help')");
            cmd.getErr().flush();
            return cmd.getCommandSpec().exitCodeOnInvalidInput();
        });
        return cli.execute(args);
    }

    /**
     * The command line for these arguments: when they name a subcommand (after the global options), only that one is
     * added, with all of its own subcommands; otherwise (no command, a mistyped one, help, --help, --version) all are,
     * so usage, suggestions and help read as they always did.
     */
    static CommandLine commandLine(FieldbookCommand root, String[] args) {
        CommandLine cli = new CommandLine(root);
        String named = subcommandName(args);
        Class<?> only = named == null || named.equals("help") ? null
                : SUBCOMMANDS.stream().filter(c -> names(c).contains(named)).findFirst().orElse(null);
        for (Class<?> c : SUBCOMMANDS) {
            if (only == null || only == c) {
                cli.addSubcommand(c);
            }
        }
        return cli;
    }

    /** The first argument after the global options (--data, --db, --lang and their values), or null. */
    static String subcommandName(String[] args) {
        int i = 0;
        while (i < args.length) {
            String a = args[i];
            if (a.equals("--data") || a.equals("--db") || a.equals("--lang")) {
                i += 2;
            } else if (a.startsWith("--data=") || a.startsWith("--db=") || a.startsWith("--lang=")) {
                i++;
            } else {
                break;
            }
        }
        return i < args.length ? args[i] : null;
    }

    private static java.util.List<String> names(Class<?> command) {
        Command c = command.getAnnotation(Command.class);
        java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of(c.aliases()));
        names.add(c.name());
        return names;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
