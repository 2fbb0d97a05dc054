package dev.rapport.experiment;

/**
 * One metric of one strategy and brand at one week, across replications: mean, sample standard
 * deviation and the 95% confidence interval mean ± t(0.975, n−1)·sd/√n.
 */
public record MetricSummary(String strategy, String brand, String metric, double week, int n, double mean,
                            double sd, double ciLow, double ciHigh) {
}
