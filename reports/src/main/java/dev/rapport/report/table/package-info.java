/**
 * The report's tables as plain values with their numbers already written out: the headline
 * comparison at the horizon with 95% intervals, the paired comparison of strategies on the
 * objective, and the break-even weeks. Presentation-neutral: the HTML template lays them out.
 * Internal to the reports module.
 */
package dev.rapport.report.table;
