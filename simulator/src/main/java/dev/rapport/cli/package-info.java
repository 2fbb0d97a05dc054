/**
 * The {@code rapport} command line (picocli): one class per subcommand, each thin (parse, call a
 * service, return an exit code), and one place ({@link dev.rapport.cli.ErrorHandler}) that turns
 * exceptions into messages and exit codes: 0 success, 1 run failure (or a failed selfcheck case,
 * or a result that does not verify), 2 user error, 130 interrupted (finished replications kept).
 */
package dev.rapport.cli;
