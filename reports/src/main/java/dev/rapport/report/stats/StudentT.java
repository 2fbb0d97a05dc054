package dev.rapport.report.stats;

import org.apache.commons.math3.distribution.TDistribution;

/** The two-sided critical value of Student's t at a confidence level, as {@code summary.csv} uses it. */
final class StudentT {

    private StudentT() {
    }

    /** @return t((1 + level) / 2, n − 1); only meaningful for {@code n ≥ 2} */
    static double critical(int n, double level) {
        // No random generator: the distribution is only inverted, never sampled.
        return new TDistribution(null, n - 1).inverseCumulativeProbability((1 + level) / 2);
    }
}
