package dev.rapport.report.compare;

import dev.rapport.report.chart.Chart;
import dev.rapport.report.chart.ChartSlug;
import dev.rapport.report.chart.RunLinesChart;
import dev.rapport.report.chart.StrategyPalette;
import dev.rapport.report.metrics.Metric;
import dev.rapport.report.metrics.MetricCatalog;
import dev.rapport.report.metrics.Wording;
import dev.rapport.report.results.RunResults;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A chart per key metric the runs all have: the mean over weeks of every run and strategy, captioned
 * with how each later run's strategies end against the same strategies of the first run.
 */
final class ComparisonCharts {

    private ComparisonCharts() {
    }

    static List<Chart> build(RunComparison comparison, List<String> metrics, StrategyPalette palette) {
        List<Chart> charts = new ArrayList<>();
        for (String name : metrics) {
            if (MetricCatalog.KEY_METRICS.contains(name)) {
                charts.add(build(comparison, name, palette));
            }
        }
        return charts;
    }

    static Chart build(RunComparison comparison, String name, StrategyPalette palette) {
        Metric metric = comparison.runs().get(0).context().metric(name);
        // NPS has no meaning at week 0 (no one has experienced the brand), as in the run report.
        int from = MetricCatalog.UNDEFINED_AT_START.contains(name) ? 1 : 0;
        List<RunLinesChart.Line> lines = new ArrayList<>();
        List<ComparedRun> runs = comparison.runs();
        for (int i = 0; i < runs.size(); i++) {
            RunResults results = runs.get(i).results();
            int ticks = results.horizonTick() + 1;
            for (String strategy : results.strategyNames()) {
                double[] means = results.values(strategy, name).orElseThrow().meanByTick();
                double[] weeks = new double[ticks - from];
                double[] kept = new double[ticks - from];
                for (int t = from; t < ticks; t++) {
                    weeks[t - from] = results.week(t);
                    kept[t - from] = means[t];
                }
                lines.add(new RunLinesChart.Line(runs.get(i).label() + ": " + strategy, strategy, i, weeks, kept));
            }
        }
        String title = metric.label() + " over time, run by run";
        String subtitle = "Mean over each run's replications; colour: strategy; line: run ("
                + runs.get(0).label() + " solid" + (runs.size() > 1 ? ", the others dashed)" : ")");
        return new Chart("compare-" + ChartSlug.of(name), title, caption(comparison, metric),
                RunLinesChart.of(lines, metric, palette, title, subtitle));
    }

    /**
     * "At week 20, after's mixed ends 12% above before's (1,230 against 1,100), and after's spend 3% below before's
     * (…)." Each later run against the first, strategy by strategy, on the means at the horizon.
     */
    static String caption(RunComparison comparison, Metric metric) {
        ComparedRun first = comparison.runs().get(0);
        RunResults a = first.results();
        List<String> parts = new ArrayList<>();
        for (ComparedRun run : comparison.runs().subList(1, comparison.runs().size())) {
            RunResults b = run.results();
            boolean shared = false;
            for (String strategy : b.strategyNames()) {
                if (!a.strategyNames().contains(strategy)) {
                    continue;
                }
                shared = true;
                double meanA = horizonMean(a, strategy, metric.name());
                double meanB = horizonMean(b, strategy, metric.name());
                parts.add(run.label() + "'s " + strategy + " " + against(meanB, meanA, first.label())
                        + " (" + metric.write(meanB) + " against "
                        + metric.write(meanA) + ")");
            }
            if (!shared) {
                parts.add(run.label() + " has no strategy in common with " + first.label());
            }
        }
        return "At week " + Wording.week(a.horizonWeek()) + ", " + Wording.list(parts) + ".";
    }

    /** "ends 12% above before's", "ends level with before's"; a change from zero has no percentage. */
    static String against(double b, double a, String firstLabel) {
        if (b == a) {
            return "ends level with " + firstLabel + "'s";
        }
        String side = b > a ? " above " : " below ";
        if (a == 0) {
            return "ends" + side + firstLabel + "'s";
        }
        return "ends " + percent(Math.abs(b - a) / Math.abs(a)) + side + firstLabel + "'s";
    }

    /** A relative difference as a percentage: whole percents, one decimal below 10%. */
    static String percent(double fraction) {
        double pct = fraction * 100;
        return pct < 10 ? String.format(Locale.ROOT, "%.1f%%", pct) : String.format(Locale.ROOT, "%.0f%%", pct);
    }

    static double horizonMean(RunResults results, String strategy, String metric) {
        double[] values = results.values(strategy, metric).orElseThrow().atTick(results.horizonTick());
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
