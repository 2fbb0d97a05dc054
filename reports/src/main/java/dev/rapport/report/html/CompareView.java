package dev.rapport.report.html;

import dev.rapport.report.table.HeadlineCell;
import java.util.List;

/**
 * Everything the comparison page ({@code compare.peb}) shows of several runs set side by side.
 *
 * @param title    the page's title
 * @param runs     a line per run, in the order given
 * @param horizon  the horizon week every run reached, written out
 * @param note     how to read the table: what the intervals are
 * @param metrics  the table's columns after run and strategy
 * @param rows     a row per run and strategy
 * @param figures  a chart per key metric, a line per run and strategy
 * @param footer   where the page comes from
 */
public record CompareView(String title, List<Run> runs, String horizon, String note, List<Column> metrics,
                          List<Row> rows, List<FigureView> figures, String footer) {

    public CompareView {
        runs = List.copyOf(runs);
        metrics = List.copyOf(metrics);
        rows = List.copyOf(rows);
        figures = List.copyOf(figures);
    }

    /** @return false: the comparison is HTML only (the shared style sheet asks) */
    public boolean pdf() {
        return false;
    }

    /**
     * One run of the comparison.
     *
     * @param label      the run's label (its folder's name)
     * @param scenario   the scenario's name
     * @param finished   when the run finished, in the reader's words, or empty when not recorded
     * @param strategies the run's strategies, listed, with replications
     * @param folder     the folder's absolute path
     */
    public record Run(String label, String scenario, String finished, String strategies, String folder) {
    }

    /**
     * A metric column of the table.
     *
     * @param label the metric's label
     * @param unit  its unit, or empty
     */
    public record Column(String label, String unit) {
    }

    /**
     * A run and strategy's values at the horizon.
     *
     * @param run      the run's label
     * @param strategy the strategy
     * @param colour   the strategy's colour, {@code #rrggbb}
     * @param cells    a value per column of {@link CompareView#metrics()}, in order
     */
    public record Row(String run, String strategy, String colour, List<HeadlineCell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }
}
