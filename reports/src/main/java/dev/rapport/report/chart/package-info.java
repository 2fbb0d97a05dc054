/**
 * The report's charts, built with JFreeChart from a loaded results folder: metrics over time with
 * 95% bands, the funnel, break-even of cumulative profit, acquisition channels, outcome
 * distributions and market share; and, from {@code rapport optimize}'s tables, the optimiser's trace
 * and the response curves ({@link dev.rapport.report.chart.OptimizeCharts}). Every chart shares one {@link dev.rapport.report.chart.ChartStyle}
 * and one {@link dev.rapport.report.chart.StrategyPalette}, and carries a caption computed from the
 * same numbers it draws. Rendering to PNG and SVG is in {@link dev.rapport.report.chart.ChartRenderer}.
 * Internal to the reports module.
 */
package dev.rapport.report.chart;
