package dev.rapport.report.experiment;

import static dev.rapport.report.experiment.ExperimentFolder.list;
import static dev.rapport.report.experiment.ExperimentFolder.number;
import static dev.rapport.report.experiment.ExperimentFolder.withInterval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.report.ReportException;
import dev.rapport.report.chart.Chart;
import dev.rapport.report.chart.StrategyPalette;
import dev.rapport.report.chart.SweepChart;
import dev.rapport.report.html.TableView;
import dev.rapport.report.metrics.Metric;
import dev.rapport.report.metrics.MetricCatalog;
import dev.rapport.report.results.ExperimentTables;
import dev.rapport.report.results.RunManifest;
import dev.rapport.report.results.StrategyInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report of {@code rapport sweep}: what was varied and the best point, the point and strategy
 * with the highest mean objective ({@code points.csv}, the baseline left out), and the table of
 * every point's mean objective with its interval, and the objective against each varied parameter
 * (the first {@value #MAX_CHARTS}), a series per strategy.
 */
final class SweepPage {
    private static final String DEFAULT_OBJECTIVE = "cumulative_profit";
    private static final String BASELINE = "baseline";
    /** More panels than this tell a reader less than the table does. */
    static final int MAX_CHARTS = 6;

    private SweepPage() {
    }

    static ExperimentContent read(ExperimentFolder folder) {
        JsonNode record = folder.record();
        List<Map<String, String>> rows = folder.table(ExperimentKind.SWEEP.table());
        String objective = objective(folder, rows);
        List<String> parameters = folder.sweptParameters();
        if (parameters.isEmpty() && !rows.isEmpty()) {
            // Without sweep.json, the parameter columns are those between point and strategy.
            for (String column : rows.get(0).keySet()) {
                if (column.equals("strategy")) {
                    break;
                }
                if (!column.equals("point")) {
                    parameters.add(column);
                }
            }
        }
        List<Map<String, String>> ofObjective = rows.stream().filter(r -> objective.equals(r.get("metric"))).toList();
        Map<String, String> best = null;
        for (Map<String, String> r : ofObjective) {
            if (!BASELINE.equals(r.get("strategy")) && (best == null
                    || ExperimentTables.number(r, "mean") > ExperimentTables.number(best, "mean"))) {
                best = r;
            }
        }
        if (best == null) {
            throw new ReportException(ReportException.Code.NO_DATA, "points.csv in " + folder.dir() + " has no row of "
                    + objective + "; finish the sweep with `rapport sweep SCENARIO --out FOLDER --resume`", folder.dir());
        }
        List<String> settings = new ArrayList<>();
        for (String p : parameters) {
            settings.add(p + " = " + best.getOrDefault(p, "?"));
        }
        String summary = "Sweep of " + list(parameters) + ": " + folder.sweepRuns() + ". The best point is point "
                + best.get("point") + " (" + list(settings) + "), where " + best.get("strategy") + " makes " + objective
                + " of " + withInterval(ExperimentTables.number(best, "mean"), ExperimentTables.number(best, "ci_low"),
                ExperimentTables.number(best, "ci_high")) + " over " + best.get("n") + " replications.";
        List<String> columns = new ArrayList<>(List.of("Point"));
        columns.addAll(parameters);
        columns.addAll(List.of("Strategy", "Replications", "Mean " + objective, "Interval"));
        List<Boolean> numeric = new ArrayList<>(List.of(true));
        parameters.forEach(p -> numeric.add(true));
        numeric.addAll(List.of(false, true, true, true));
        List<List<String>> cells = new ArrayList<>();
        for (Map<String, String> r : ofObjective) {
            List<String> line = new ArrayList<>(List.of(r.getOrDefault("point", "")));
            parameters.forEach(p -> line.add(r.getOrDefault(p, "")));
            double low = ExperimentTables.number(r, "ci_low");
            line.addAll(List.of(r.getOrDefault("strategy", ""), r.getOrDefault("n", ""),
                    number(ExperimentTables.number(r, "mean")),
                    Double.isNaN(low) ? "" : number(low) + " to " + number(ExperimentTables.number(r, "ci_high"))));
            cells.add(line);
        }
        TableView table = new TableView("The objective at every point", "From points.csv: per point and strategy, "
                + "the mean of " + objective + " over the replications with its confidence interval.", columns, numeric,
                cells);
        boolean complete = record.path("complete").asBoolean(true);
        return new ExperimentContent(folder.sweepRuns() + folder.finished(), complete ? ""
                : "Unfinished: " + record.path("runs_finished").asInt() + " of " + record.path("runs").asInt()
                + " runs finished; the figures cover only those. Finish the sweep with "
                + "`rapport sweep SCENARIO --out FOLDER --resume`.", summary, charts(folder, objective, parameters,
                ofObjective), table);
    }

    /** The objective against each varied parameter; none when the rows lack the parameter's column. */
    private static List<Chart> charts(ExperimentFolder folder, String objective, List<String> parameters,
                                      List<Map<String, String>> rows) {
        List<StrategyInfo> strategies = new ArrayList<>();
        JsonNode manifest = folder.manifest();
        if (manifest.isObject()) {
            strategies.addAll(RunManifest.from(manifest).strategies());
        }
        rows.stream().map(r -> r.getOrDefault("strategy", "")).distinct()
                .filter(s -> strategies.stream().noneMatch(i -> i.name().equals(s)))
                .forEach(s -> strategies.add(StrategyInfo.undeclared(s, "")));
        StrategyPalette palette = StrategyPalette.of(strategies, BASELINE);
        Metric metric = new MetricCatalog(1.0, folder.currency()).metric(objective);
        List<Chart> charts = new ArrayList<>();
        for (String p : parameters.subList(0, Math.min(MAX_CHARTS, parameters.size()))) {
            List<SweepChart.Point> points = new ArrayList<>();
            for (Map<String, String> r : rows) {
                double value = ExperimentTables.number(r, p);
                if (!Double.isNaN(value)) {
                    points.add(new SweepChart.Point(r.get("strategy"), value, ExperimentTables.number(r, "mean"),
                            ExperimentTables.number(r, "ci_low"), ExperimentTables.number(r, "ci_high")));
                }
            }
            if (!points.isEmpty()) {
                charts.add(SweepChart.of(p, parameters.size() == 1, metric, palette, BASELINE, points));
            }
        }
        return charts;
    }

    /** The scenario's objective as the manifest names it, else cumulative profit, else the first metric. */
    private static String objective(ExperimentFolder folder, List<Map<String, String>> rows) {
        JsonNode manifest = folder.manifest();
        if (manifest.isObject()) {
            var named = RunManifest.from(manifest).objective();
            if (named.isPresent()) {
                return named.get();
            }
        }
        List<String> metrics = rows.stream().map(r -> r.getOrDefault("metric", "")).distinct().toList();
        return metrics.contains(DEFAULT_OBJECTIVE) || metrics.isEmpty() ? DEFAULT_OBJECTIVE : metrics.get(0);
    }
}
