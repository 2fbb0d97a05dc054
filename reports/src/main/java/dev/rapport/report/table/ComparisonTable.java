package dev.rapport.report.table;

import dev.rapport.report.metrics.Metric;
import dev.rapport.report.metrics.Wording;
import dev.rapport.report.results.Replicates;
import dev.rapport.report.results.RunResults;
import dev.rapport.report.results.SummaryComparison;
import dev.rapport.report.stats.Interval;
import dev.rapport.report.stats.PairedComparison;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How likely each strategy is to beat each other one on the objective at the horizon, paired over
 * replications that share their random numbers. A pair is taken from {@code summary.json} when the
 * simulator wrote it for this metric, brand and week, and computed from {@code series.csv} with the
 * same definitions otherwise: the share of replications in which a ends strictly above b, and the
 * mean of a − b with its 95% interval.
 *
 * @param metric        the objective's name
 * @param metricLabel   what a person calls it
 * @param week          the horizon week
 * @param strategies    the strategies, in order
 * @param probabilities P(row strategy ends ahead of column strategy), as percentages; empty on the
 *                      diagonal
 * @param pairs         each unordered pair once, the one with the higher mean first, so that
 *                      differences read as "how far ahead"
 */
public record ComparisonTable(String metric, String metricLabel, double week, List<String> strategies,
                              List<List<String>> probabilities, List<PairRow> pairs) {

    private static final double SAME_WEEK = 1e-9;

    public ComparisonTable {
        strategies = List.copyOf(strategies);
        probabilities = probabilities.stream().map(List::copyOf).toList();
        pairs = List.copyOf(pairs);
    }

    /** @return the comparisons of every ordered pair of strategies in {@code results} */
    public static ComparisonTable of(RunResults results, Metric objective) {
        List<String> strategies = results.strategyNames();
        Map<List<String>, PairRow> ordered = new HashMap<>();
        for (String a : strategies) {
            for (String b : strategies) {
                if (!a.equals(b)) {
                    ordered.put(List.of(a, b), row(results, objective, a, b));
                }
            }
        }
        List<List<String>> probabilities = new ArrayList<>();
        for (String a : strategies) {
            List<String> line = new ArrayList<>();
            for (String b : strategies) {
                line.add(a.equals(b) ? "" : ordered.get(List.of(a, b)).probabilityABeatsB());
            }
            probabilities.add(line);
        }
        List<PairRow> pairs = new ArrayList<>();
        for (int i = 0; i < strategies.size(); i++) {
            for (int j = i + 1; j < strategies.size(); j++) {
                PairRow forward = ordered.get(List.of(strategies.get(i), strategies.get(j)));
                pairs.add(forward.comparison().difference().mean() >= 0 ? forward
                        : ordered.get(List.of(strategies.get(j), strategies.get(i))));
            }
        }
        return new ComparisonTable(objective.name(), objective.label(), results.horizonWeek(),
                strategies, probabilities, pairs);
    }

    private static PairRow row(RunResults results, Metric objective, String a, String b) {
        Optional<PairedComparison> fromSummary = fromSummary(results, objective.name(), a, b);
        Replicates aValues = results.values(a, objective.name()).orElseThrow();
        Replicates bValues = results.values(b, objective.name()).orElseThrow();
        PairedComparison ab = fromSummary.orElseGet(() ->
                PairedComparison.of(a, aValues, b, bValues, results.horizonTick(), results.confidence()));
        PairedComparison ba = fromSummary(results, objective.name(), b, a).orElseGet(() ->
                PairedComparison.of(b, bValues, a, aValues, results.horizonTick(), results.confidence()));
        Interval d = ab.difference();
        return new PairRow(ab, ba, objective.write(d.mean()),
                Wording.range(d.low(), d.high(), objective),
                Wording.percent(ab.probabilityABeatsB()), Wording.percent(ba.probabilityABeatsB()),
                fromSummary.isPresent());
    }

    private static Optional<PairedComparison> fromSummary(RunResults results, String metric,
                                                          String a, String b) {
        String brand = results.strategy(a).brand();
        for (SummaryComparison c : results.summary().comparisons()) {
            if (c.metric().equals(metric) && c.a().equals(a) && c.b().equals(b)
                    && c.brand().equals(brand) && Math.abs(c.week() - results.horizonWeek()) < SAME_WEEK) {
                return Optional.of(new PairedComparison(a, b, new Interval(results.replications(),
                        c.meanDifference(), Double.NaN, c.ciLow(), c.ciHigh()), c.probabilityABeatsB()));
            }
        }
        return Optional.empty();
    }
}
