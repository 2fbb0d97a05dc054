package dev.rapport.cli;

/** The tool's exit codes. */
final class ExitCodes {
    static final int OK = 0;
    static final int RUN_FAILURE = 1;
    static final int USER_ERROR = 2;
    /** Stopped by Ctrl-C (128 + SIGINT), finished replications kept. */
    static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
