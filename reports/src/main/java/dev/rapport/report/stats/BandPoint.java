package dev.rapport.report.stats;

/**
 * One tick of a {@link Band}.
 *
 * @param week the week at the end of the tick
 * @param mean the mean across replications
 * @param low  lower end of its 95% confidence interval
 * @param high upper end of its 95% confidence interval
 */
public record BandPoint(double week, double mean, double low, double high) {
}
