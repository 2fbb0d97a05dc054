package dev.rapport.experiment;

import java.util.List;

/**
 * What an {@link Experiment} achieved: the summary over the replications it completed, which
 * those are (in ascending order), the runs that failed (with their exceptions, for {@code --debug}), and whether it was
 * stopped early. The result folder holds exactly this, whatever happened.
 *
 * @param complete every replication of the scenario finished and is in the folder: no failure, no
 *                 interruption, not a run of some replications only ({@code --only-replication})
 */
public record Outcome(Summary summary, List<Integer> completedReplications, List<Failed> failures,
                      boolean interrupted, boolean complete) {
    public Outcome {
        completedReplications = completedReplications.stream().sorted().toList();
        failures = List.copyOf(failures);
    }

    /** A failed run with the exception it threw (kept out of the manifest, shown with --debug). */
    public record Failed(RunFailure failure, Throwable cause) {
    }
}
