package dev.rapport.report.chart;

import dev.rapport.report.metrics.Metric;
import dev.rapport.report.metrics.MetricCatalog;
import dev.rapport.report.metrics.Wording;
import dev.rapport.report.results.Replicates;
import dev.rapport.report.results.RunResults;
import dev.rapport.report.stats.Band;
import java.util.List;

/**
 * What every chart builder needs: the loaded results, the strategies' colours and the metrics'
 * names, plus the few computations they share (a strategy's band, its interval at the horizon).
 *
 * @param results the loaded results folder
 * @param palette the strategies' colours
 * @param catalog the metrics' labels and units
 */
public record ChartContext(RunResults results, StrategyPalette palette, MetricCatalog catalog) {

    /** @return the context for {@code results} with its own palette and catalog */
    public static ChartContext of(RunResults results) {
        return new ChartContext(results, StrategyPalette.of(results.strategies(), results.baseline().orElse(null)),
                new MetricCatalog(results.tickWeeks(), results.currency().orElse(null)));
    }

    /** @return how a report names {@code metric} */
    public Metric metric(String name) {
        return catalog.metric(name);
    }

    /** @return the strategies' names, in order */
    public List<String> strategies() {
        return results.strategyNames();
    }

    /** @return the values of {@code metric} for {@code strategy}; the caller checked it is there */
    public Replicates values(String strategy, String metric) {
        return results.values(strategy, metric).orElseThrow();
    }

    /** @return the mean and 95% band of {@code metric} for {@code strategy}, tick 0 to the horizon */
    public Band band(String strategy, String metric) {
        return Band.of(strategy, values(strategy, metric), results::week, results.horizonTick() + 1, results.confidence());
    }

    /** @return "week 156", the horizon as captions say it */
    public String horizonText() {
        return "week " + Wording.week(results.horizonWeek());
    }
}
