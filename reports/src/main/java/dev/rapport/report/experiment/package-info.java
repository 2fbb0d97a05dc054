/**
 * The report of an experiment's folder ({@code rapport sensitivity}, {@code discover},
 * {@code optimize}, {@code calibrate}, {@code sweep}): which experiment a folder holds, known by its
 * files, and per kind the summary paragraph, the charts and the main table, all read from the
 * experiment's tidy tables and JSON records (docs/results-format.md), never from the simulator's
 * classes. Internal to the reports module: the public API is {@link dev.rapport.report.Reports}.
 */
package dev.rapport.report.experiment;
