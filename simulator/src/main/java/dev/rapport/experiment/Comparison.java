package dev.rapport.experiment;

/**
 * Strategy {@code a} against {@code b} on one metric at one week, paired by replication (both
 * played on the same consumers and draws): the mean difference a − b with its 95% interval, and
 * the share of replications in which a ends above b (ties count half).
 */
public record Comparison(String metric, String brand, String a, String b, double week, int n, double meanDifference,
                         double ciLow, double ciHigh, double probabilityABeatsB) {
}
