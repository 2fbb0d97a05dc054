package dev.rapport.report.table;

import java.util.List;

/**
 * One metric of the headline table.
 *
 * @param metric the metric's name in the result files
 * @param label  what a person calls it
 * @param unit   its unit, or empty
 * @param cells  one cell per strategy, in strategy order
 */
public record HeadlineRow(String metric, String label, String unit, List<HeadlineCell> cells) {

    public HeadlineRow {
        cells = List.copyOf(cells);
    }
}
