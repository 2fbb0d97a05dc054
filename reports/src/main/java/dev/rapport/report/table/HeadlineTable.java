package dev.rapport.report.table;

import dev.rapport.report.metrics.Metric;
import dev.rapport.report.metrics.MetricCatalog;
import dev.rapport.report.metrics.Wording;
import dev.rapport.report.results.RunResults;
import dev.rapport.report.stats.Interval;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The headline comparison: for the objective and each key metric, every strategy's mean at the
 * horizon with its 95% confidence interval across replications (the {@code summary.csv} formula).
 *
 * @param week       the horizon week
 * @param strategies the strategies, in order: the columns
 * @param rows       one row per metric, the objective first
 */
public record HeadlineTable(double week, List<String> strategies, List<HeadlineRow> rows) {

    public HeadlineTable {
        strategies = List.copyOf(strategies);
        rows = List.copyOf(rows);
    }

    /** @return the table for {@code results}, with the metrics it has */
    public static HeadlineTable of(RunResults results, MetricCatalog catalog) {
        Set<String> metrics = new LinkedHashSet<>();
        metrics.add(results.objective());
        metrics.addAll(MetricCatalog.KEY_METRICS);
        if (results.brands().size() > 1) {
            metrics.add(MetricCatalog.MARKET_SHARE);
        }
        List<HeadlineRow> rows = new ArrayList<>();
        for (String name : metrics) {
            if (results.hasMetric(name)) {
                rows.add(row(results, catalog.metric(name)));
            }
        }
        return new HeadlineTable(results.horizonWeek(), results.strategyNames(), rows);
    }

    private static HeadlineRow row(RunResults results, Metric metric) {
        List<Interval> intervals = results.strategyNames().stream()
                .map(s -> Interval.of(results.values(s, metric.name()).orElseThrow()
                        .atTick(results.horizonTick()), results.confidence()))
                .toList();
        List<String> strategies = results.strategyNames();
        // Equal in every replication: nobody is best.
        double best = results.identicalAtHorizon(metric.name()) ? Double.NaN
                : IntStream.range(0, intervals.size())
                .filter(i -> !MetricCatalog.spendsNothingOn(results, strategies.get(i), metric.name()))
                .mapToDouble(i -> intervals.get(i).mean()).max().orElse(Double.NaN);
        List<HeadlineCell> cells = new ArrayList<>();
        for (int i = 0; i < intervals.size(); i++) {
            Interval interval = intervals.get(i);
            if (MetricCatalog.spendsNothingOn(results, strategies.get(i), metric.name())) {
                // The numbers stay (the workbook states summary.csv's); the words say there is no ratio.
                cells.add(new HeadlineCell(strategies.get(i), interval, "n/a", "nothing spent", false));
                continue;
            }
            cells.add(new HeadlineCell(strategies.get(i), interval,
                    metric.write(interval.mean()),
                    Wording.range(interval.low(), interval.high(), metric),
                    intervals.size() > 1 && interval.mean() == best));
        }
        return new HeadlineRow(metric.name(), metric.label(), metric.unit(), cells);
    }
}
