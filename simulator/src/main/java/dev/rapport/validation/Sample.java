package dev.rapport.validation;

/**
 * Mean and standard error of independent observations (replications): the Monte Carlo error
 * that every simulated case's tolerance is built from.
 */
record Sample(int n, double mean, double sd) {

    static Sample of(double[] values) {
        int n = values.length;
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= n;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return new Sample(n, mean, n < 2 ? 0 : Math.sqrt(ss / (n - 1)));
    }

    /** Standard error of the mean. */
    double se() {
        return sd / Math.sqrt(n);
    }
}
