package org.fieldbook.app.cli;

import java.nio.file.Path;
import org.fieldbook.app.Services;

/** A command whose subcommands work on the workspace: the root command and the groups below it (index, key, …). */
public interface WorkspaceParent {
    /** Opens the workspace the global options point at. */
    Services open();

    /** The language asked for with --lang ("en" or "fr"; English when not given). */
    String language();

    /** The workspace folder the global options point at. */
    Path workspaceFolder();
}
