package dev.rapport.report.html;

import java.util.List;

/**
 * Everything the experiment report's template ({@code experiment.peb}) shows: what was varied and
 * the headline in one paragraph, the experiment's charts with a caption each, and its main table.
 *
 * @param title        the page title
 * @param kind         what the experiment is, e.g. "sensitivity analysis"
 * @param scenarioName the scenario's name, or the folder's when it is not known
 * @param meta         one line under the title: runs, design, when finished
 * @param incomplete   the warning shown when the experiment did not finish; empty otherwise
 * @param summary      the paragraph: what was varied, how many runs, the headline
 * @param figures      the charts, in order, as inline SVG
 * @param table        the experiment's main table
 * @param footer       the line at the foot of the page
 */
public record ExperimentView(String title, String kind, String scenarioName, String meta, String incomplete,
                             String summary, List<FigureView> figures, TableView table, String footer) {

    public ExperimentView {
        figures = List.copyOf(figures);
    }

    /** Always false: the shared style sheet asks, and experiment reports are HTML only. */
    public boolean pdf() {
        return false;
    }
}
