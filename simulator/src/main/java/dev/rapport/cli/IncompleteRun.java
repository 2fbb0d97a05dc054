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
