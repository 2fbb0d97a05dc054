package dev.rapport.report.compare;

import dev.rapport.report.chart.ChartContext;
import dev.rapport.report.results.RunResults;

/**
 * One run of a comparison: its results as the run report analyses them, and the label the page
 * gives it (the folder's name, with its parent's when two folders share a name).
 *
 * @param label   how the page names the run, e.g. {@code before-calibration}
 * @param context the loaded results with their metric names
 */
public record ComparedRun(String label, ChartContext context) {

    /** @return the loaded results */
    public RunResults results() {
        return context.results();
    }
}
