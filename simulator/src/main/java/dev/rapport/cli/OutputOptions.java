package dev.rapport.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --out} and {@code --force} of the experiment commands that write to
 * {@code results/<scenario file name>-<command>} (compare, sweep, calibrate, optimize).
 */
final class OutputOptions {
    // picocli fills in ${COMMAND-NAME} with the name of the command this is mixed into.
    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: results/<scenario file name>-${COMMAND-NAME}).")
    Path out;

    @Option(names = "--force", description = "Replace the output folder if it exists and is an earlier result (or empty).")
    boolean force;

    /** The output folder: {@code --out}, or {@code results/<scenario file name>-<command>}. */
    Path target(Path scenarioFile, String command) {
        return out != null ? out : CommandLines.defaultOut(scenarioFile, command);
    }
}
