package dev.rapport.report.results;

/**
 * One paired comparison from {@code summary.json}: strategy {@code a} against {@code b} on one
 * metric and brand at one week, over replications that share their random numbers.
 *
 * @param metric              the metric compared
 * @param brand               the brand it describes
 * @param a                   the first strategy
 * @param b                   the second strategy
 * @param week                the week compared
 * @param meanDifference      mean of a − b over replications
 * @param ciLow               lower end of its 95% confidence interval
 * @param ciHigh              upper end of its 95% confidence interval
 * @param probabilityABeatsB  share of replications in which a ends above b
 */
public record SummaryComparison(String metric, String brand, String a, String b, double week,
                                double meanDifference, double ciLow, double ciHigh,
                                double probabilityABeatsB) {
}
