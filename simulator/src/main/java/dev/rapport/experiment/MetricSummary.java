package dev.rapport.experiment;

/**
 * One metric of one strategy and brand at one week, across replications: mean, sample standard
 * deviation and the confidence interval mean ± t((1 + level) / 2, n−1)·sd/√n at the scenario's
 * {@code outputs.confidence} level (0.95: t(0.975, n−1)). The mean is null with no
 * replication (n = 0), the sd and interval with fewer than two.
 */
public record MetricSummary(String strategy, String brand, String metric, double week, int n, Double mean,
                            Double sd, Double ciLow, Double ciHigh) {

    /** Whether there is an interval to show: at least two replications. */
    public boolean hasInterval() {
        return ciLow != null && ciHigh != null;
    }
}
