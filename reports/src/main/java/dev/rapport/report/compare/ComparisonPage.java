package dev.rapport.report.compare;

import dev.rapport.report.chart.Chart;
import dev.rapport.report.chart.ChartRenderer;
import dev.rapport.report.chart.StrategyPalette;
import dev.rapport.report.html.CompareView;
import dev.rapport.report.html.FigureView;
import dev.rapport.report.html.HtmlReport;
import dev.rapport.report.metrics.Metric;
import dev.rapport.report.metrics.MetricCatalog;
import dev.rapport.report.metrics.Wording;
import dev.rapport.report.results.RunResults;
import dev.rapport.report.results.StrategyInfo;
import dev.rapport.report.stats.Interval;
import dev.rapport.report.table.HeadlineCell;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the comparison page of runs that {@link RunComparison} accepted: a line per run, the
 * objective and key metrics at the horizon per run and strategy (mean and interval of the mean over
 * the run's replications, the run report's formula), and a chart per key metric.
 */
public final class ComparisonPage {

    private ComparisonPage() {
    }

    /** @return the page's HTML */
    public static String html(RunComparison comparison) {
        return new HtmlReport().render(view(comparison));
    }

    /** @return the page's content, charts rendered as inline SVG */
    public static CompareView view(RunComparison comparison) {
        List<ComparedRun> runs = comparison.runs();
        RunResults first = runs.get(0).results();
        StrategyPalette palette = palette(comparison);
        List<String> metrics = metrics(comparison);
        List<Metric> columns = metrics.stream().map(m -> runs.get(0).context().metric(m)).toList();
        List<CompareView.Row> rows = new ArrayList<>();
        for (ComparedRun run : runs) {
            RunResults results = run.results();
            for (String strategy : results.strategyNames()) {
                List<HeadlineCell> cells = columns.stream().map(m -> cell(results, strategy, m)).toList();
                rows.add(new CompareView.Row(run.label(), strategy, palette.hex(strategy), cells));
            }
        }
        ChartRenderer renderer = new ChartRenderer();
        List<FigureView> figures = new ArrayList<>();
        for (Chart chart : ComparisonCharts.build(comparison, metrics, palette)) {
            figures.add(new FigureView(chart.id(), chart.title(), chart.caption(),
                    renderer.svg(chart.chart(), chart.id() + "-svg")));
        }
        List<String> labels = runs.stream().map(ComparedRun::label).toList();
        Set<Double> levels = new LinkedHashSet<>();
        runs.forEach(r -> levels.add(r.results().confidence()));
        String level = levels.size() == 1 ? Wording.level(first.confidence()) : "each run's own";
        return new CompareView("Comparing " + Wording.list(labels),
                runs.stream().map(ComparisonPage::run).toList(),
                Wording.week(first.horizonWeek()),
                "Mean over each run's replications at week " + Wording.week(first.horizonWeek()) + ", with the "
                        + level + " confidence interval of the mean underneath. Runs are independent: their "
                        + "replications share no random draws, so compare intervals, not single values.",
                columns.stream().map(m -> new CompareView.Column(m.label(), m.unit())).toList(),
                rows, figures,
                "Made with Rapport from " + String.join(", ", labels) + ". Colours: Okabe–Ito, one per strategy.");
    }

    /** The objective then the key metrics, those every run and strategy has. */
    private static List<String> metrics(RunComparison comparison) {
        Set<String> wanted = new LinkedHashSet<>();
        wanted.add(comparison.runs().get(0).results().objective());
        wanted.addAll(MetricCatalog.KEY_METRICS);
        return wanted.stream()
                .filter(m -> comparison.runs().stream().allMatch(r -> r.results().hasMetric(m)))
                .toList();
    }

    /** One colour per strategy name across the runs, so a strategy keeps its colour from run to run. */
    static StrategyPalette palette(RunComparison comparison) {
        Map<String, StrategyInfo> strategies = new LinkedHashMap<>();
        for (ComparedRun run : comparison.runs()) {
            run.results().strategies().forEach(s -> strategies.putIfAbsent(s.name(), s));
        }
        String baseline = comparison.runs().get(0).results().baseline().orElse(null);
        return StrategyPalette.of(List.copyOf(strategies.values()), baseline);
    }

    private static HeadlineCell cell(RunResults results, String strategy, Metric metric) {
        Interval interval = Interval.of(results.values(strategy, metric.name()).orElseThrow()
                .atTick(results.horizonTick()), results.confidence());
        return new HeadlineCell(strategy, interval, metric.write(interval.mean()),
                Wording.range(interval.low(), interval.high(), metric), false);
    }

    private static CompareView.Run run(ComparedRun run) {
        RunResults results = run.results();
        String finished = results.manifest().raw().path("finished").asText("");
        String strategies = Wording.list(results.strategyNames()) + "; " + results.replications()
                + (results.replications() == 1 ? " replication" : " replications") + " each";
        return new CompareView.Run(run.label(), results.scenarioName(),
                finished.isEmpty() ? "" : Wording.timestamp(finished), strategies,
                results.folder().dir().toAbsolutePath().normalize().toString());
    }
}
