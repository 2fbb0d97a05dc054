package dev.rapport.experiment;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/** The interval arithmetic shared by summaries and comparisons. */
final class Statistics {
    private Statistics() {
    }

    /** Mean, sd and 95% t-interval of {@code values}; with one value the interval is the value. */
    static double[] meanSdInterval(double[] values) {
        SummaryStatistics s = new SummaryStatistics();
        for (double v : values) {
            s.addValue(v);
        }
        long n = s.getN();
        double mean = s.getMean();
        if (n < 2) {
            return new double[] {mean, 0, mean, mean};
        }
        double sd = s.getStandardDeviation();
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
        return new double[] {mean, sd, mean - half, mean + half};
    }
}
