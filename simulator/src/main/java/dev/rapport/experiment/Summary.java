package dev.rapport.experiment;

import dev.rapport.model.Metric;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The summaries of an experiment: every metric per strategy, brand and checkpoint week, the
 * paired comparisons between every two strategies on the focal brand's key metrics at the
 * horizon, each strategy's payback against the do-nothing baseline and the break-even weeks
 * between strategies, and what of each strategy's plan its budget let it carry out. Built by {@link SummaryCollector} as runs finish.
 *
 * @param confidence the confidence level of every interval (outputs.confidence)
 * @param baseline   the do-nothing strategy, or null when the run has none
 * @param notApplicable the metrics that do not apply, because a mechanism they measure is off, each with the reason
 */
public record Summary(double horizonWeek, String objective, String focalBrand, double confidence, String baseline,
                      List<MetricSummary> metrics, List<Comparison> comparisons, List<PaybackSummary> paybacks,
                      List<BreakEvenSummary> breakEvens, List<PlanSummary> plans, Map<String, String> notApplicable) {

    public Summary {
        notApplicable = Collections.unmodifiableMap(new LinkedHashMap<>(notApplicable));
        metrics = List.copyOf(metrics);
        comparisons = List.copyOf(comparisons);
        paybacks = List.copyOf(paybacks);
        breakEvens = List.copyOf(breakEvens);
        plans = List.copyOf(plans);
    }

    /** Why a metric does not apply, or null when it does. */
    public String notApplicable(String metric) {
        return notApplicable.get(metric);
    }

    /** The metrics compared pairwise: the objective and the headline's (those that apply are compared). */
    static List<Metric> comparedMetrics(String objective) {
        List<Metric> out = new ArrayList<>();
        out.add(Metric.byColumn(objective));
        // Incremental profit is not compared: between two strategies it is the cumulative profit's difference again.
        for (Metric m : List.of(Metric.CUMULATIVE_PROFIT, Metric.MEMBERS, Metric.TRUST, Metric.ADVOCATES)) {
            if (!out.contains(m)) {
                out.add(m);
            }
        }
        return out;
    }

    /** The summary of a metric at the horizon, or null. */
    public MetricSummary atHorizon(String strategy, String brand, String metric) {
        for (MetricSummary s : metrics) {
            if (s.strategy().equals(strategy) && s.brand().equals(brand) && s.metric().equals(metric)
                    && Math.abs(s.week() - horizonWeek) < 1e-9) {
                return s;
            }
        }
        return null;
    }

    /** The payback of a strategy against the baseline, or null (the baseline itself, or no baseline). */
    public PaybackSummary payback(String strategy) {
        return paybacks.stream().filter(p -> p.strategy().equals(strategy)).findFirst().orElse(null);
    }

    /** What of a strategy's plan its budget let the focal brand carry out, or null. */
    public PlanSummary plan(String strategy) {
        return plans.stream().filter(p -> p.strategy().equals(strategy)).findFirst().orElse(null);
    }

    public Comparison comparison(String metric, String a, String b) {
        for (Comparison c : comparisons) {
            if (c.metric().equals(metric) && c.a().equals(a) && c.b().equals(b)) {
                return c;
            }
        }
        return null;
    }
}
