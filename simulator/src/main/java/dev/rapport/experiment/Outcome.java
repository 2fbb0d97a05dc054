package dev.rapport.experiment;

import java.util.List;

/**
 * What an {@link Experiment} achieved: the summary over the replications it completed, which
 * those are (in ascending order), the runs that failed (with their exceptions, for {@code --debug}), and whether it was
 * stopped early. The result folder holds exactly this, whatever happened.
 *
 * @param aborted  the unexpected error that stopped the run early (not one run's failure), or null
 * @param uncertainty how much of the spread the {@code uncertain:} values explain, per strategy and pair
 *                    (empty without uncertain values)
 * @param complete every replication of the scenario finished and is in the folder: no failure, no
 *                 interruption, not a run of some replications only ({@code --only-replication})
 */
public record Outcome(Summary summary, List<Integer> completedReplications, List<Failed> failures,
                      boolean interrupted, boolean complete, Throwable aborted, List<SpreadShare> uncertainty) {
    public Outcome {
        completedReplications = completedReplications.stream().sorted().toList();
        failures = List.copyOf(failures);
        uncertainty = List.copyOf(uncertainty);
    }

    public Outcome(Summary summary, List<Integer> completedReplications, List<Failed> failures, boolean interrupted,
                   boolean complete, Throwable aborted) {
        this(summary, completedReplications, failures, interrupted, complete, aborted, List.of());
    }

    public Outcome(Summary summary, List<Integer> completedReplications, List<Failed> failures, boolean interrupted,
                   boolean complete) {
        this(summary, completedReplications, failures, interrupted, complete, null);
    }

    /** Whether the run ended short of what was asked: stopped, a run failed, or an unexpected error. */
    public boolean cutShort() {
        return interrupted || !failures.isEmpty() || aborted != null;
    }

    /** A failed run with the exception it threw (kept out of the manifest, shown with --debug). */
    public record Failed(RunFailure failure, Throwable cause) {
    }
}
