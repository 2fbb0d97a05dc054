package dev.rapport.experiment.points;

import dev.rapport.experiment.Statistics;
import java.util.List;

/**
 * What a {@link Sweep} achieved: how many runs the folder holds of how many, how many this call
 * ran, the runs that failed, whether it was stopped, and for the terminal the objective at the
 * first points and at how many points each strategy had the best mean.
 *
 * @param aborted the unexpected error that stopped the sweep early (not one run's failure), or null
 * @param wins    per strategy, in order: the points where its mean objective is the highest
 */
public record SweepOutcome(SweepPlan plan, long runs, long finished, int ran, List<PointEngine.Failure> failures,
                           List<SweepRecord.Failed> failed, boolean interrupted, boolean complete, Throwable aborted,
                           List<PointObjective> shown, int[] wins) {
    public SweepOutcome {
        failures = List.copyOf(failures);
        failed = List.copyOf(failed);
        shown = List.copyOf(shown);
        wins = wins.clone();
    }

    /** The objective's estimate per strategy at one point (null mean: no finished run there). */
    public record PointObjective(Point point, List<Statistics.Estimate> byStrategy, List<Integer> n) {
    }

    /** Whether the sweep ended short of what was asked: stopped, a run failed, or an unexpected error. */
    public boolean cutShort() {
        return interrupted || !failures.isEmpty() || aborted != null;
    }
}
