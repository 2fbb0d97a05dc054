package dev.rapport.experiment;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/** The interval arithmetic shared by summaries and comparisons. */
final class Statistics {
    private Statistics() {
    }

    /**
     * Mean, sample standard deviation and 95% t-interval of some values; each is null where it is
     * undefined (no mean without values, no sd or interval with fewer than two), so that files say
     * "unknown" rather than a made-up 0 or a degenerate interval.
     */
    record Estimate(Double mean, Double sd, Double ciLow, Double ciHigh) {
    }

    static Estimate meanSdInterval(double[] values) {
        SummaryStatistics s = new SummaryStatistics();
        for (double v : values) {
            s.addValue(v);
        }
        long n = s.getN();
        if (n == 0) {
            return new Estimate(null, null, null, null);
        }
        double mean = s.getMean();
        if (n < 2) {
            return new Estimate(mean, null, null, null);
        }
        double sd = s.getStandardDeviation();
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
        return new Estimate(mean, sd, mean - half, mean + half);
    }
}
