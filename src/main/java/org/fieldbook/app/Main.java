package org.fieldbook.app;

import org.fieldbook.app.cli.FieldbookCommand;

/**
 * Entry point. With a subcommand (or --help) it runs the command line; without one it opens the window.
 * Kept free of JavaFX types so the JavaFX runtime loads from the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = FieldbookCommand.run(args);
        if (code != FieldbookCommand.OPEN_WINDOW) {
            System.exit(code);
        }
    }
}
