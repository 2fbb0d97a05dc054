package dev.rapport.experiment;

import java.util.List;
import java.util.Optional;

/**
 * What {@code rapport switch-off} found: per strategy, the measures written to {@code switch-off.csv}
 * (docs/results-format.md), and the run's {@link Outcome}. The measures are empty when the runs did
 * not all finish (interrupted, or a run failed): nothing is measured on part of the replications.
 *
 * @param week        week T, the last week with spending
 * @param horizonWeek the last week of the runs
 * @param share       the share of week T's margin over the baseline that the earned base must keep
 *                    to count as still paying
 * @param confidence  the level of every interval
 */
public record SwitchOffResult(int week, double horizonWeek, double share, double confidence,
                              List<Measure> measures, Outcome outcome) {

    public SwitchOffResult {
        measures = List.copyOf(measures);
    }

    /**
     * One measure of one strategy: the mean over replications with its t-interval, or, for a
     * number of weeks that may lie beyond the horizon ({@code *_weeks}, {@code *_week}), the
     * median with a nearest-rank percentile interval, null where beyond the horizon. Null is
     * "unknown" (an interval of one replication) or "beyond the horizon".
     *
     * @param week the week the measure is taken at (T or the horizon)
     * @param n    replications it is measured on
     */
    public record Measure(String strategy, String brand, String measure, double week, int n, Double mean, Double sd,
                          Double ciLow, Double ciHigh) {
    }

    /** The measure of a strategy taken at a week, if any. */
    public Optional<Measure> find(String strategy, String measure, double atWeek) {
        return measures.stream().filter(m -> m.strategy().equals(strategy) && m.measure().equals(measure)
                && Math.abs(m.week() - atWeek) < 1e-9).findFirst();
    }

    /** The strategies measured, in scenario order. */
    public List<String> strategies() {
        return measures.stream().map(Measure::strategy).distinct().toList();
    }
}
