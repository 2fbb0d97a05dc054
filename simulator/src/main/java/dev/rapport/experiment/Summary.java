package dev.rapport.experiment;

import dev.rapport.model.Metric;
import java.util.ArrayList;
import java.util.List;

/**
 * The summaries of an experiment: every metric per strategy, brand and checkpoint week, and the
 * paired comparisons between every two strategies on the focal brand's key metrics at the
 * horizon. Built by {@link SummaryCollector} as runs finish.
 */
public record Summary(double horizonWeek, String objective, String focalBrand, List<MetricSummary> metrics,
                      List<Comparison> comparisons) {

    /** The metrics compared pairwise: the objective and the headline's. */
    static List<Metric> comparedMetrics(String objective) {
        List<Metric> out = new ArrayList<>();
        out.add(Metric.byColumn(objective));
        for (Metric m : List.of(Metric.CUMULATIVE_PROFIT, Metric.MEMBERS, Metric.TRUST, Metric.ADVOCATES, Metric.ROI)) {
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

    public Comparison comparison(String metric, String a, String b) {
        for (Comparison c : comparisons) {
            if (c.metric().equals(metric) && c.a().equals(a) && c.b().equals(b)) {
                return c;
            }
        }
        return null;
    }
}
