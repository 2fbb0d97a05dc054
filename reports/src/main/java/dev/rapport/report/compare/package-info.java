/**
 * Comparing runs: the results of several runs ({@code rapport report DIR_A DIR_B --compare}) loaded
 * as the run report loads them, checked to measure the same things over the same weeks, and set
 * side by side in one HTML page: a headline table per run and strategy, and a chart per key metric
 * with a line per run and strategy.
 */
package dev.rapport.report.compare;
