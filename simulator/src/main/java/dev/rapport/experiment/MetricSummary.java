package dev.rapport.experiment;

/**
 * One metric of one strategy and brand at one week, across replications: mean, sample standard
 * deviation and the 95% confidence interval mean ± t(0.975, n−1)·sd/√n. The mean is null with no
 * replication (n = 0), the sd and interval with fewer than two.
 */
public record MetricSummary(String strategy, String brand, String metric, double week, int n, Double mean,
                            Double sd, Double ciLow, Double ciHigh) {

    /** Whether there is an interval to show: at least two replications. */
    public boolean hasInterval() {
        return ciLow != null && ciHigh != null;
    }
}
