package dev.rapport.report.chart;

import dev.rapport.report.metrics.Metric;
import dev.rapport.report.metrics.MetricCatalog;
import dev.rapport.report.metrics.Wording;
import dev.rapport.report.stats.Band;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The market share of each strategy's brand over weeks, mean and 95% band per strategy. Drawn only
 * when the market has more than one brand: with one brand the share is 100% throughout.
 */
final class MarketShareChart {

    private MarketShareChart() {
    }

    static Optional<Chart> build(ChartContext context) {
        if (context.results().brands().size() < 2 || !context.results().hasMetric(MetricCatalog.MARKET_SHARE)) {
            return Optional.empty();
        }
        Metric metric = context.metric(MetricCatalog.MARKET_SHARE);
        List<Band> bands = context.strategies().stream()
                .map(s -> context.band(s, MetricCatalog.MARKET_SHARE)).toList();
        Set<String> brands = new LinkedHashSet<>();
        context.results().strategies().forEach(s -> brands.add(s.brand()));
        String title = (brands.size() == 1 ? brands.iterator().next() + "'s market share"
                : "Market share of each strategy's brand") + " over time";
        return Optional.of(new Chart("market-share", title,
                KeyMetricCharts.caption(context, metric, bands),
                BandChart.of(bands, metric, context.palette(), title,
                        BandChart.subtitle(context.results().replications(), context.results().confidence()))));
    }
}
