/**
 * The {@code rapport} command line (picocli): one class per subcommand, each thin (parse, call a
 * service, return an exit code), and one place ({@link dev.rapport.cli.ErrorHandler}) that turns
 * exceptions into messages and exit codes: 0 success, 1 run failure (or a failed selfcheck case), 2 user error.
 */
package dev.rapport.cli;
