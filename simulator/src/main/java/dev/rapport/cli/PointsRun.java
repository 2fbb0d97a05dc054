package dev.rapport.cli;

import dev.rapport.experiment.MemoryPlan;
import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.points.SweepOutcome;
import dev.rapport.experiment.points.SweepPlan;
import dev.rapport.scenario.LoadedScenario;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * What {@code rapport sweep} and the other commands that run a sweep of points ({@link PointsCommand})
 * share: the threads whose runs fit in memory, and what they say when the sweep did not finish.
 */
final class PointsRun {
    private PointsRun() {
    }

    /** Threads whose runs fit in memory at every end of every parameter's range. */
    static int threadsThatFit(SweepPlan plan, int requested) {
        long maxHeap = Runtime.getRuntime().maxMemory();
        MemoryPlan.check(plan.scenario(), maxHeap);
        int usable = MemoryPlan.threadsThatFit(plan.scenario(), requested, maxHeap);
        for (LoadedScenario probe : plan.probes()) {
            MemoryPlan.check(probe, maxHeap);
            usable = Math.min(usable, MemoryPlan.threadsThatFit(probe, requested, maxHeap));
        }
        // threadsThatFit caps at one scenario's runs; a sweep has more.
        return Math.max(1, usable);
    }

    /**
     * A {@code --force} experiment that did not finish must not cost the earlier results it was to
     * replace: they stay, and its finished runs stay in the work folder for {@code --resume}.
     *
     * @param whose the runs' owner in the message, e.g. "this sweep's" or "its"
     */
    static int keptAside(SweepOutcome outcome, OutputFolder folder, String name, String whose, String resumeCommand,
                         PrintWriter stderr) {
        folder.keep();
        stderr.println("the " + name + " did not finish; the earlier results in " + folder.target() + " are left unchanged"
                + " and " + whose + " " + outcome.finished() + " finished runs are kept in " + folder.work());
        stderr.println("    finish with: " + resumeCommand);
        stderr.flush();
        return outcome.interrupted() ? ExitCodes.INTERRUPTED : ExitCodes.RUN_FAILURE;
    }

    /**
     * Says why a committed experiment is not complete and how to finish it.
     *
     * @param traces whether to print the failures' stack traces ({@code --debug})
     */
    static int unfinished(SweepOutcome outcome, Path target, String name, String resumeCommand, boolean traces,
                          PrintWriter stderr) {
        String resumeWith = "    finish with: " + resumeCommand;
        if (outcome.interrupted()) {
            stderr.println("interrupted: " + outcome.finished() + " of " + outcome.runs() + " runs finished and are kept in "
                    + target + " (manifest.json says \"complete\": false)");
            stderr.println(resumeWith);
            stderr.flush();
            return ExitCodes.INTERRUPTED;
        }
        if (outcome.aborted() != null) {
            stderr.println("error: the " + name + " stopped unexpectedly: " + outcome.aborted());
        }
        for (var f : outcome.failed()) {
            stderr.println("  point " + f.point() + " " + f.settings() + ", strategy '" + f.strategy() + "', replication "
                    + f.replication() + ", seed " + f.seed() + ": " + f.error());
        }
        stderr.println("error: " + (outcome.runs() - outcome.finished()) + " of " + outcome.runs()
                + " runs did not finish; the others are kept in " + target + " (manifest.json says \"complete\": false)");
        stderr.println(resumeWith);
        if (traces) {
            outcome.failures().forEach(f -> f.cause().printStackTrace(stderr));
            if (outcome.aborted() != null) {
                outcome.aborted().printStackTrace(stderr);
            }
        }
        stderr.flush();
        return ExitCodes.RUN_FAILURE;
    }
}
