package dev.rapport.report.stats;

import dev.rapport.report.results.Replicates;
import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * When {@code challenger}'s cumulative profit overtakes {@code incumbent}'s for good: in each
 * replication, the first week after which the challenger stays strictly above the incumbent up to
 * the horizon; the week stated is the median of those weeks (nearest rank).
 * Weeks that are not reached within the horizon are {@link Double#POSITIVE_INFINITY}.
 *
 * <p>The interval is a percentile interval over paired replications at the run's confidence level
 * (0.95: the 2.5th and 97.5th nearest-rank percentiles): replication r of both strategies shares
 * its random numbers, so the same crossing is found in each replication's own difference, and
 * replications that never cross count as crossing after the horizon. {@link Payback} is the same
 * analysis against the do-nothing baseline, with "at or above" in place of "strictly above".
 *
 * @param challenger             the strategy that overtakes
 * @param incumbent              the strategy overtaken
 * @param week                   median of the replications' break-even weeks, or +∞ when not within the horizon
 * @param ciLow                  lower percentile of the per-replication weeks, or +∞
 * @param ciHigh                 upper percentile of the per-replication weeks, or +∞
 * @param replicationsOvertaking replications in which the challenger ends ahead for good
 * @param replications           replications compared
 * @param horizonWeek            the last week compared
 * @param level                  the confidence level of the interval
 * @param meaningful             whether a break-even is worth stating: both curves move (each
 *                               strategy's mean profit changes over the horizon), the
 *                               challenger ends ahead, and was not ahead from the first week on;
 *                               when every strategy only loses money the crossing rule alone would
 *                               name a "break-even" in week 1
 */
public record BreakEven(String challenger, String incumbent, double week, double ciLow,
                        double ciHigh, int replicationsOvertaking, int replications,
                        double horizonWeek, double level, boolean meaningful) {

    /** With the default 95% level. */
    public static BreakEven of(String challenger, Replicates challengerProfit, String incumbent,
                               Replicates incumbentProfit, IntToDoubleFunction weekOfTick,
                               int ticks) {
        return of(challenger, challengerProfit, incumbent, incumbentProfit, weekOfTick, ticks, Interval.DEFAULT_LEVEL);
    }

    /**
     * @param weekOfTick the week at the end of each tick
     * @param ticks      how many ticks to compare, from tick 0; both must have them
     * @param level      the confidence level of the interval, e.g. 0.95
     */
    public static BreakEven of(String challenger, Replicates challengerProfit, String incumbent,
                               Replicates incumbentProfit, IntToDoubleFunction weekOfTick,
                               int ticks, double level) {
        int n = Math.min(challengerProfit.replications(), incumbentProfit.replications());
        double[] crossings = new double[n];
        double[] difference = new double[ticks];
        for (int r = 0; r < n; r++) {
            for (int t = 0; t < ticks; t++) {
                difference[t] = challengerProfit.value(r, t) - incumbentProfit.value(r, t);
            }
            crossings[r] = crossingWeek(difference, weekOfTick, true);
        }
        double[] challengerMean = challengerProfit.meanByTick();
        double[] incumbentMean = incumbentProfit.meanByTick();
        boolean moves = challengerMean[ticks - 1] != challengerMean[0] && incumbentMean[ticks - 1] != incumbentMean[0];
        boolean ahead = challengerMean[ticks - 1] > incumbentMean[ticks - 1];
        return fromWeeks(challenger, incumbent, crossings, weekOfTick.applyAsDouble(ticks - 1), level,
                moves && ahead, weekOfTick.applyAsDouble(Math.min(1, ticks - 1)));
    }

    /**
     * The break-even from each replication's own crossing week (+∞ for none), as the simulator
     * keeps them; the week stated is their median (nearest rank). It means something only when
     * both curves move, the challenger ends ahead, and it was not ahead from the start: a
     * challenger ahead from the first week on overtakes nothing.
     *
     * @param movesAndEndsAhead both strategies' mean cumulative profit moves and the challenger's ends higher
     * @param firstWeek         the week of the first tick after the start
     */
    public static BreakEven fromWeeks(String challenger, String incumbent, double[] weeks, double horizonWeek,
                                      double level, boolean movesAndEndsAhead, double firstWeek) {
        double[] sorted = weeks.clone();
        Arrays.sort(sorted);
        int overtaking = (int) Arrays.stream(sorted).filter(w -> w != Double.POSITIVE_INFINITY).count();
        double median = nearestRank(sorted, 0.5);
        return new BreakEven(challenger, incumbent, median, nearestRank(sorted, (1 - level) / 2),
                nearestRank(sorted, (1 + level) / 2), overtaking, sorted.length, horizonWeek, level,
                movesAndEndsAhead && median > firstWeek);
    }

    /**
     * @return true when the median replication is ahead for good before the horizon ends and the
     *         break-even {@linkplain #meaningful() means something}
     */
    public boolean overtakes() {
        return meaningful && week != Double.POSITIVE_INFINITY;
    }

    /** @return the week after which {@code difference} stays strictly positive to its end, or +∞ */
    public static double crossingWeek(double[] difference, IntToDoubleFunction weekOfTick) {
        return crossingWeek(difference, weekOfTick, true);
    }

    /**
     * @param strict true: strictly positive (one strategy overtakes another); false: at or above
     *               zero (a strategy pays back against the baseline)
     * @return the week from which {@code difference} stays positive (or non-negative) to its end,
     *         or +∞ when it is not at the end
     */
    static double crossingWeek(double[] difference, IntToDoubleFunction weekOfTick, boolean strict) {
        for (int t = difference.length - 1; t >= 0; t--) {
            if (strict ? !(difference[t] > 0) : !(difference[t] >= 0)) {
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
