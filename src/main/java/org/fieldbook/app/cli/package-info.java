/**
 * The command line (picocli): one class per subcommand, each a thin shell over the services wired in
 * {@code app}, printing JSON for scripts and one clear line on a user's mistake.
 */
package org.fieldbook.app.cli;
