package org.fieldbook.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** One in-process run of the {@code fieldbook} command with its captured output. */
public record CliRun(int code, String out, String err) {
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = FieldbookCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** A run on the workspace folder {@code data}: {@code --data data} and then {@code args}. */
    public static CliRun in(Path data, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return of(all);
    }

    /** True when stderr is exactly one line and shows no stack trace. */
    public boolean oneLineError() {
        String e = err.strip();
        return !e.isEmpty() && !e.contains("\n") && !e.contains("Exception") && !e.contains("\tat ");
    }
}
