package dev.rapport.report.table;

import dev.rapport.report.stats.Interval;

/**
 * One strategy's value of one metric at the horizon.
 *
 * @param strategy the strategy
 * @param interval the mean across replications and its 95% interval
 * @param mean     the mean, written out
 * @param ci       the 95% interval, written out, e.g. {@code 1,100–1,370}
 * @param best     true for the highest mean of the row
 */
public record HeadlineCell(String strategy, Interval interval, String mean, String ci, boolean best) {
}
