package dev.rapport.cli;

import picocli.CommandLine.Option;

/** The {@code --threads} option of the commands that run simulations in parallel, and its check. */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "T", description = "Runs in parallel (default: all cores). Results do not depend on it.")
    Integer threads;

    /** The threads asked for: {@code --threads}, or all cores; fewer than one is a {@link UserException}. */
    int requested() {
        int requested = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (requested < 1) {
            throw new UserException("--threads must be at least 1");
        }
        return requested;
    }
}
