package dev.rapport.report;

import dev.rapport.report.chart.ChartRenderer;
import dev.rapport.report.chart.SensitivityCharts;
import dev.rapport.report.experiment.ExperimentKind;
import dev.rapport.report.experiment.ExperimentReport;
import dev.rapport.report.results.ExperimentTables;
import java.nio.file.Path;
import java.util.List;

/**
 * The charts of the experiments over many points, drawn from their tidy tables into the folder's
 * {@code charts/} as PNG and SVG: {@code rapport sensitivity}'s tornado, Sobol indices and Morris
 * screening, and {@code rapport discover}'s PRIM trajectory and box.
 */
public final class ExperimentCharts {
    private ExperimentCharts() {
    }

    /**
     * @param objective how axes name the objective, e.g. "cumulative_profit of acme at week 156"
     * @return the files written
     */
    public static List<Path> writeSensitivity(Path folder, String objective) {
        return new ChartRenderer().writeAll(SensitivityCharts.build(ExperimentTables.sensitivity(folder), objective),
                folder.resolve(Reports.CHARTS_FOLDER));
    }

    /**
     * PRIM's trajectory and the chosen box among the futures, as the discovery's report draws them
     * (the question and the box from the folder's {@code discovery.json}, {@code discovery.csv},
     * {@code box.csv} and {@code points.csv}).
     *
     * @return the files written
     */
    public static List<Path> writeDiscovery(Path folder) {
        return new ChartRenderer().writeAll(ExperimentReport.charts(folder, ExperimentKind.DISCOVERY),
                folder.resolve(Reports.CHARTS_FOLDER));
    }
}
