package dev.rapport.report.stats;

import org.apache.commons.math3.distribution.TDistribution;

/** The two-sided 95% critical value of Student's t, as {@code summary.csv} uses it. */
final class StudentT {

    private StudentT() {
    }

    /** @return t(0.975, n − 1); only meaningful for {@code n ≥ 2} */
    static double critical95(int n) {
        // No random generator: the distribution is only inverted, never sampled.
        return new TDistribution(null, n - 1).inverseCumulativeProbability(0.975);
    }
}
