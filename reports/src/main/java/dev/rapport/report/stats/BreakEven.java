package dev.rapport.report.stats;

import dev.rapport.report.results.Replicates;
import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * When {@code challenger}'s cumulative profit overtakes {@code incumbent}'s for good: the first
 * week after which the challenger's mean stays strictly above the incumbent's up to the horizon.
 * Weeks that are not reached within the horizon are {@link Double#POSITIVE_INFINITY}.
 *
 * <p>The 95% interval is a percentile interval over paired replications: replication r of both
 * strategies shares its random numbers, so the same crossing is found in each replication's own
 * difference, replications that never cross count as crossing after the horizon, and the interval
 * is the 2.5th and 97.5th nearest-rank percentiles of those weeks.
 *
 * @param challenger             the strategy that overtakes
 * @param incumbent              the strategy overtaken
 * @param week                   break-even week of the means, or +∞ when not within the horizon
 * @param ciLow                  2.5th percentile of the per-replication weeks, or +∞
 * @param ciHigh                 97.5th percentile of the per-replication weeks, or +∞
 * @param replicationsOvertaking replications in which the challenger ends ahead for good
 * @param replications           replications compared
 * @param horizonWeek            the last week compared
 */
public record BreakEven(String challenger, String incumbent, double week, double ciLow,
                        double ciHigh, int replicationsOvertaking, int replications,
                        double horizonWeek) {

    /**
     * @param weekOfTick the week at the end of each tick
     * @param ticks      how many ticks to compare, from tick 0; both must have them
     */
    public static BreakEven of(String challenger, Replicates challengerProfit, String incumbent,
                               Replicates incumbentProfit, IntToDoubleFunction weekOfTick,
                               int ticks) {
        int n = Math.min(challengerProfit.replications(), incumbentProfit.replications());
        double[] meanDifference = new double[ticks];
        double[] crossings = new double[n];
        double[] difference = new double[ticks];
        int overtaking = 0;
        for (int r = 0; r < n; r++) {
            for (int t = 0; t < ticks; t++) {
                difference[t] = challengerProfit.value(r, t) - incumbentProfit.value(r, t);
                meanDifference[t] += difference[t] / n;
            }
            crossings[r] = crossingWeek(difference, weekOfTick);
            if (crossings[r] != Double.POSITIVE_INFINITY) {
                overtaking++;
            }
        }
        Arrays.sort(crossings);
        return new BreakEven(challenger, incumbent, crossingWeek(meanDifference, weekOfTick),
                nearestRank(crossings, 0.025), nearestRank(crossings, 0.975), overtaking, n,
                weekOfTick.applyAsDouble(ticks - 1));
    }

    /** @return true when the challenger's mean is ahead for good before the horizon ends */
    public boolean overtakes() {
        return week != Double.POSITIVE_INFINITY;
    }

    /**
     * @return the week after which {@code difference} stays strictly positive to its end, or +∞
     *         when it is not positive at the end
     */
    static double crossingWeek(double[] difference, IntToDoubleFunction weekOfTick) {
        for (int t = difference.length - 1; t >= 0; t--) {
            if (!(difference[t] > 0)) {
                return t == difference.length - 1 ? Double.POSITIVE_INFINITY
                        : weekOfTick.applyAsDouble(t + 1);
            }
        }
        return weekOfTick.applyAsDouble(0);
    }

    /** @return the nearest-rank percentile {@code p} of sorted {@code values} */
    static double nearestRank(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(1, Math.min(sorted.length, rank)) - 1];
    }
}
