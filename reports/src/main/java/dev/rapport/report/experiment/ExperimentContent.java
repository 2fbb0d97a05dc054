package dev.rapport.report.experiment;

import dev.rapport.report.chart.Chart;
import dev.rapport.report.html.TableView;
import java.util.List;

/**
 * What one experiment's report says, before layout.
 *
 * @param meta       the line under the title: runs and design
 * @param incomplete the warning when the experiment did not finish; empty otherwise
 * @param summary    what was varied, how many runs, the headline
 * @param charts     the experiment's charts, as its command draws them
 * @param table      its main table
 */
record ExperimentContent(String meta, String incomplete, String summary, List<Chart> charts, TableView table) {

    ExperimentContent {
        charts = List.copyOf(charts);
    }
}
