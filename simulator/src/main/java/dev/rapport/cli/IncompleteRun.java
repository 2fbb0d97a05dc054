package dev.rapport.cli;

import dev.rapport.experiment.Outcome;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * What {@code rapport run} says when a run did not complete: how many replications are kept and
 * where, and the command that finishes or reproduces it. Failed runs are listed with their
 * replication, strategy and seed; their stack traces only with {@code --debug}.
 */
final class IncompleteRun {
    private IncompleteRun() {
    }

    /** A run stopped by Ctrl-C or a kill: exit code 130. */
    static int interrupted(Outcome outcome, Path scenario, int replications, Path target, PrintWriter err) {
        err.println("interrupted: " + outcome.completedReplications().size() + " of " + replications
                + " replications finished and are kept in " + target + " (manifest.json says \"complete\": false)");
        err.println("    finish with: rapport run " + scenario + " --out " + target + " --resume");
        err.flush();
        return ExitCodes.INTERRUPTED;
    }

    /**
     * The run stopped on an unexpected error (not one run's failure): the finished replications
     * are kept in {@code target}; exit code 1.
     */
    static int aborted(Outcome outcome, Path scenario, int replications, Path target, boolean debug, PrintWriter err) {
        err.println("error: the run stopped unexpectedly: " + outcome.aborted());
        err.println("    " + outcome.completedReplications().size() + " of " + replications
                + " replications finished and are kept in " + target + " (manifest.json says \"complete\": false)");
        err.println("    finish with: rapport run " + scenario + " --out " + target + " --resume");
        stackTrace(outcome.aborted(), debug, err);
        err.flush();
        return ExitCodes.RUN_FAILURE;
    }

    /**
     * Not even the result files could be written: the finished replications stay in the hidden
     * work folder, which {@code --resume} finds; exit code 1.
     */
    static int broken(Throwable error, Path scenario, Path work, Path target, boolean debug, PrintWriter err) {
        err.println("error: the run stopped unexpectedly: " + error);
        err.println("    its finished replications are kept in " + work);
        err.println("    finish with: rapport run " + scenario + " --out " + target + " --resume");
        stackTrace(error, debug, err);
        err.flush();
        return ExitCodes.RUN_FAILURE;
    }

    /**
     * A {@code --force} run that did not finish: the earlier results in {@code target} are left as
     * they were, and this run's finished replications wait in the hidden work folder. Exit code
     * 130 when interrupted, 1 otherwise.
     */
    static int keptAside(Outcome outcome, Path scenario, int replications, Path work, Path target, boolean debug,
                         PrintWriter err) {
        String why = outcome.interrupted() ? "interrupted"
                : outcome.aborted() != null ? "error: the run stopped unexpectedly: " + outcome.aborted()
                : "error: " + outcome.failures().size() + " run(s) failed";
        err.println(why + "; the earlier results in " + target + " are left unchanged");
        err.println("    " + outcome.completedReplications().size() + " of " + replications
                + " replications of this run finished and are kept in " + work);
        for (Outcome.Failed f : outcome.failures()) {
            err.println("  replication " + f.failure().replication() + ", strategy '" + f.failure().strategy()
                    + "', seed " + f.failure().seed() + ": " + f.failure().error());
        }
        err.println("    finish this run with: rapport run " + scenario + " --out " + target + " --resume");
        if (outcome.aborted() != null) {
            stackTrace(outcome.aborted(), debug, err);
        }
        err.flush();
        return outcome.interrupted() ? ExitCodes.INTERRUPTED : ExitCodes.RUN_FAILURE;
    }

    private static void stackTrace(Throwable error, boolean debug, PrintWriter err) {
        if (debug) {
            error.printStackTrace(err);
        } else {
            err.println("    (add --debug for the stack trace)");
        }
    }

    /** Some runs threw; the other replications are kept: exit code 1. */
    static int failed(Outcome outcome, Path scenario, Path target, boolean debug, PrintWriter err) {
        int n = outcome.failures().size();
        err.println("error: " + n + " run" + (n == 1 ? "" : "s") + " failed; the other "
                + outcome.completedReplications().size() + " replication(s) are kept in " + target
                + " (manifest.json says \"complete\": false)");
        for (Outcome.Failed f : outcome.failures()) {
            err.println("  replication " + f.failure().replication() + ", strategy '" + f.failure().strategy()
                    + "', seed " + f.failure().seed() + ": " + f.failure().error());
            err.println("    reproduce alone: rapport run " + scenario + " --only-replication "
                    + f.failure().replication() + " --out OTHER_DIR --debug");
            if (debug) {
                f.cause().printStackTrace(err);
            }
        }
        err.println("    after a fix, finish with: rapport run " + scenario + " --out " + target + " --resume");
        err.flush();
        return ExitCodes.RUN_FAILURE;
    }
}
