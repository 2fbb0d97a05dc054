package dev.rapport.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One metric of one strategy and brand at one week, across replications: mean, sample standard
 * deviation and the confidence interval mean ± t((1 + level) / 2, n−1)·sd/√n at the scenario's
 * {@code outputs.confidence} level (0.95: t(0.975, n−1)). The mean is null with no
 * replication (n = 0), the sd and interval with fewer than two.
 *
 * @param notApplicable why the metric does not apply ({@link dev.rapport.model.Metric#notApplicable}):
 *                      then mean, sd and interval are null whatever n; null when it applies
 */
public record MetricSummary(String strategy, String brand, String metric, double week, int n, Double mean,
                            Double sd, Double ciLow, Double ciHigh,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String notApplicable) {

    /** Whether there is an interval to show: at least two replications. */
    public boolean hasInterval() {
        return ciLow != null && ciHigh != null;
    }

    /** Whether the metric applies (its mechanisms are on). */
    public boolean applicable() {
        return notApplicable == null;
    }
}
