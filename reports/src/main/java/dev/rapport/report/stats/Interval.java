package dev.rapport.report.stats;

/**
 * The mean of a sample across replications and its confidence interval at a level (the scenario's
 * {@code outputs.confidence}, 0.95 by default), {@code mean ± t((1 + level) / 2, n−1) · sd / √n}
 * with the sample standard deviation. The one interval formula of Rapport: the simulator's
 * {@code summary.csv} and terminal table use it too. With one replication the interval is the
 * mean itself.
 *
 * @param n    sample size
 * @param mean sample mean
 * @param sd   sample standard deviation (n − 1 denominator), 0 when n = 1
 * @param low  lower end of the interval
 * @param high upper end of the interval
 */
public record Interval(int n, double mean, double sd, double low, double high) {

    /** The level used when a results folder does not say (older results). */
    public static final double DEFAULT_LEVEL = 0.95;

    /** @return the mean and 95% interval of {@code sample} */
    public static Interval of(double[] sample) {
        return of(sample, DEFAULT_LEVEL);
    }

    /** @return the mean and the interval at {@code level} (e.g. 0.95) of {@code sample} */
    public static Interval of(double[] sample, double level) {
        int n = sample.length;
        if (n == 0) {
            throw new IllegalArgumentException("empty sample");
        }
        return n == 1 ? new Interval(1, sample[0], 0, sample[0], sample[0])
                : withCritical(sample, StudentT.critical(n, level));
    }

    /** Same as {@link #of(double[], double)} with the critical value given, for many samples of one size. */
    static Interval withCritical(double[] sample, double critical) {
        int n = sample.length;
        double sum = 0;
        for (double v : sample) {
            sum += v;
        }
        double mean = sum / n;
        if (n == 1) {
            return new Interval(1, mean, 0, mean, mean);
        }
        double squares = 0;
        for (double v : sample) {
            squares += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(squares / (n - 1));
        double half = critical * sd / Math.sqrt(n);
        return new Interval(n, mean, sd, mean - half, mean + half);
    }
}
