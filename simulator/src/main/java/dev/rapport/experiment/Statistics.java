package dev.rapport.experiment;

import dev.rapport.report.stats.Interval;

/** The interval arithmetic of summaries and comparisons: the reports' {@link Interval}, with "unknown" where it is undefined. */
public final class Statistics {
    private Statistics() {
    }

    /**
     * Mean, sample standard deviation and t-interval at a confidence level of some values; each
     * is null where it is undefined (no mean without values, no sd or interval with fewer than
     * two), so that files say "unknown" rather than a made-up 0 or a degenerate interval.
     */
    public record Estimate(Double mean, Double sd, Double ciLow, Double ciHigh) {
    }

    public static Estimate meanSdInterval(double[] values, double level) {
        if (values.length == 0) {
            return new Estimate(null, null, null, null);
        }
        Interval interval = Interval.of(values, level);
        if (values.length < 2) {
            return new Estimate(interval.mean(), null, null, null);
        }
        return new Estimate(interval.mean(), interval.sd(), interval.low(), interval.high());
    }
}
