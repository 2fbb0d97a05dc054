package dev.rapport.report.stats;

import dev.rapport.report.results.Replicates;
import dev.rapport.report.results.RunResults;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The break-even weeks of a run: for every pair {@link BreakEvenPairs} chooses, when the
 * challenger's cumulative profit overtakes the incumbent's. Computed once per report so the charts
 * and the table state the same weeks.
 */
public final class BreakEvenAnalysis {

    private BreakEvenAnalysis() {
    }

    /**
     * @param results the run
     * @param metric  the cumulative profit metric's name
     * @return one break-even per pair, or none when the run lacks the metric or has one strategy
     */
    public static List<BreakEven> analyse(RunResults results, String metric) {
        if (!results.hasMetric(metric)) {
            return List.of();
        }
        int ticks = results.horizonTick() + 1;
        Map<String, Double> horizonProfits = new LinkedHashMap<>();
        for (String s : results.strategyNames()) {
            horizonProfits.put(s, Interval.of(profit(results, s, metric).atTick(ticks - 1), results.confidence()).mean());
        }
        return BreakEvenPairs.choose(results.comparedStrategies(), horizonProfits).stream()
                .map(p -> BreakEven.of(p.challenger(), profit(results, p.challenger(), metric),
                        p.incumbent(), profit(results, p.incumbent(), metric), results::week, ticks,
                        results.confidence()))
                .toList();
    }

    /**
     * @return the payback of every strategy against the run's baseline, or none without a baseline
     *         or the incremental cumulative profit in the series
     */
    public static List<Payback> paybacks(RunResults results, String incrementalMetric) {
        if (results.baseline().isEmpty() || !results.hasMetric(incrementalMetric)) {
            return List.of();
        }
        int ticks = results.horizonTick() + 1;
        return results.comparedStrategies().stream()
                .map(s -> Payback.of(s.name(), profit(results, s.name(), incrementalMetric), results::week, ticks,
                        results.confidence()))
                .toList();
    }

    private static Replicates profit(RunResults results, String strategy, String metric) {
        return results.values(strategy, metric).orElseThrow();
    }
}
