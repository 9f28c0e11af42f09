/**
 * The command line (picocli): one class per subcommand, each a thin shell over the services,
 * printing JSON for scripts and one clear line on a user's mistake.
 */
package org.fieldbook.cli;
