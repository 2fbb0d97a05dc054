package dev.rapport.report.chart;

/**
 * One layer of a stacked-area panel: a funnel stage or an acquisition channel.
 *
 * @param key    the metric it shows, which picks its colour and legend label
 * @param values its own height at each tick (not stacked)
 */
record StackLayer(String key, double[] values) {
}
