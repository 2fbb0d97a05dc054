/**
 * The statistics a report states: 95% confidence intervals of a mean across replications (the
 * formula {@code summary.csv} uses), bands of such intervals over time, paired comparisons of two
 * strategies, and the break-even week at which one strategy's cumulative profit overtakes
 * another's, with a percentile interval from paired replications. Internal to the reports module.
 */
package dev.rapport.report.stats;
