package dev.rapport.report.stats;

/**
 * The mean of a sample across replications and its 95% confidence interval, {@code mean ±
 * t(0.975, n−1) · sd / √n} with the sample standard deviation: the same formula as
 * {@code summary.csv}. With one replication the interval is the mean itself.
 *
 * @param n    sample size
 * @param mean sample mean
 * @param sd   sample standard deviation (n − 1 denominator), 0 when n = 1
 * @param low  lower end of the 95% interval
 * @param high upper end of the 95% interval
 */
public record Interval(int n, double mean, double sd, double low, double high) {

    /** @return the mean and 95% interval of {@code sample} */
    public static Interval of(double[] sample) {
        int n = sample.length;
        if (n == 0) {
            throw new IllegalArgumentException("empty sample");
        }
        return n == 1 ? new Interval(1, sample[0], 0, sample[0], sample[0])
                : of(sample, StudentT.critical95(n));
    }

    /** Same as {@link #of(double[])} with the critical value given, for many samples of one size. */
    static Interval of(double[] sample, double critical) {
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
