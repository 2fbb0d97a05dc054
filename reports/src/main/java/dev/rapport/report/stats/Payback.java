package dev.rapport.report.stats;

import dev.rapport.report.results.Replicates;
import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * When a strategy pays back against the do-nothing baseline: in each replication, the first week
 * from which its cumulative incremental profit (its cumulative profit minus the baseline's, same
 * replication) stays at or above zero up to the horizon; a curve that crosses zero and dips back
 * pays back at the later crossing. Replications that are below zero at the horizon do not pay
 * back within it and count as paying back after it ({@link Double#POSITIVE_INFINITY}).
 *
 * <p>The week stated is the median of the replications' weeks (nearest rank), the interval their
 * nearest-rank percentiles at the confidence level (2.5th and 97.5th at 0.95), the same percentile
 * method as {@link BreakEven}. When half the replications or more do not pay back, the week is +∞:
 * the strategy does not pay back within the horizon.
 *
 * @param strategy               the strategy
 * @param week                   median payback week, or +∞
 * @param ciLow                  lower percentile of the replications' weeks, or +∞
 * @param ciHigh                 upper percentile of the replications' weeks, or +∞
 * @param replicationsPayingBack replications that pay back within the horizon
 * @param replications           replications compared
 * @param horizonWeek            the last week compared
 * @param level                  the confidence level of the interval
 */
public record Payback(String strategy, double week, double ciLow, double ciHigh, int replicationsPayingBack,
                      int replications, double horizonWeek, double level) {

    /**
     * @param weeks one payback week per replication, +∞ for those that do not pay back
     */
    public static Payback of(String strategy, double[] weeks, double horizonWeek, double level) {
        if (weeks.length == 0) {
            throw new IllegalArgumentException("no replications");
        }
        double[] sorted = weeks.clone();
        Arrays.sort(sorted);
        int paying = (int) Arrays.stream(sorted).filter(w -> w != Double.POSITIVE_INFINITY).count();
        return new Payback(strategy, BreakEven.nearestRank(sorted, 0.5), BreakEven.nearestRank(sorted, (1 - level) / 2),
                BreakEven.nearestRank(sorted, (1 + level) / 2), paying, sorted.length, horizonWeek, level);
    }

    /**
     * @param incremental the strategy's cumulative profit minus the baseline's, per replication
     * @param weekOfTick  the week at the end of each tick
     * @param ticks       how many ticks to take, from tick 0
     */
    public static Payback of(String strategy, Replicates incremental, IntToDoubleFunction weekOfTick, int ticks,
                             double level) {
        double[] weeks = new double[incremental.replications()];
        double[] curve = new double[ticks];
        for (int r = 0; r < weeks.length; r++) {
            for (int t = 0; t < ticks; t++) {
                curve[t] = incremental.value(r, t);
            }
            weeks[r] = week(curve, weekOfTick);
        }
        return of(strategy, weeks, weekOfTick.applyAsDouble(ticks - 1), level);
    }

    /**
     * @param incremental one replication's cumulative incremental profit, from tick 0
     * @return the first week from which it stays at or above zero to its end, or +∞ when it ends below zero
     */
    public static double week(double[] incremental, IntToDoubleFunction weekOfTick) {
        return BreakEven.crossingWeek(incremental, weekOfTick, false);
    }

    /** @return true when the median replication pays back within the horizon */
    public boolean paysBack() {
        return week != Double.POSITIVE_INFINITY;
    }

    /** @return the share of replications that pay back within the horizon */
    public double share() {
        return (double) replicationsPayingBack / replications;
    }
}
