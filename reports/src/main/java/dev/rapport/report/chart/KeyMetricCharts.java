package dev.rapport.report.chart;

import dev.rapport.report.metrics.Metric;
import dev.rapport.report.metrics.MetricCatalog;
import dev.rapport.report.metrics.Wording;
import dev.rapport.report.stats.Band;
import dev.rapport.report.stats.BandPoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One band chart per key metric ({@link MetricCatalog#KEY_METRICS}) that the results hold: the mean
 * of every strategy over weeks with its 95% band, captioned with who leads at the horizon.
 */
final class KeyMetricCharts {

    private KeyMetricCharts() {
    }

    static List<Chart> build(ChartContext context) {
        List<Chart> charts = new ArrayList<>();
        for (String name : MetricCatalog.KEY_METRICS) {
            if (context.results().hasMetric(name)) {
                charts.add(build(context, name));
            }
        }
        return charts;
    }

    static Chart build(ChartContext context, String name) {
        Metric metric = context.metric(name);
        List<Band> bands = context.strategies().stream().map(s -> context.band(s, name)).toList();
        String title = metric.label() + " over time";
        String subtitle = BandChart.subtitle(context.results().replications(), context.results().confidence());
        List<Band> drawn = bands;
        if (MetricCatalog.UNDEFINED_AT_START.contains(name) && bands.get(0).points().size() > 2) {
            // At week 0 no one has experienced the brand: the survey reads every customer's prior
            // trust (0.5, an answer of 5) as a detractor's, so every strategy would start at -100.
            drawn = bands.stream().map(b -> new Band(b.name(), b.points().subList(1, b.points().size()))).toList();
            subtitle += "; from week " + Wording.week(drawn.get(0).points().get(0).week())
                    + " (no opinion to measure before)";
        }
        return new Chart("metric-" + ChartSlug.of(name), title, caption(context, metric, bands),
                BandChart.of(drawn, metric, context.palette(), title, subtitle));
    }

    /**
     * "By week 156, invest leads on members with 1,234 (95% CI …), against 456 (…) for spend.", or,
     * when every strategy ended equal in every replication, that none leads.
     */
    static String caption(ChartContext context, Metric metric, List<Band> bands) {
        List<Band> ranked = bands.stream()
                .sorted(Comparator.comparingDouble((Band b) -> b.last().mean()).reversed()).toList();
        Band leader = ranked.get(0);
        String prefix = "By " + context.horizonText() + ", ";
        if (context.results().identicalAtHorizon(metric.name())) {
            return prefix + "every strategy ends with " + metric.inSentence() + " at "
                    + metric.write(leader.last().mean()) + " in every replication: none leads.";
        }
        if (ranked.size() == 1) {
            return prefix + leader.name() + " ends with " + metric.inSentence() + " at "
                    + withInterval(leader.last(), metric, context) + ".";
        }
        // A strategy that spent nothing has no ratio to money spent: named apart, not ranked last at 0.
        List<String> idle = ranked.stream()
                .filter(b -> MetricCatalog.spendsNothingOn(context.results(), b.name(), metric.name()))
                .map(Band::name).toList();
        List<Band> rankedSpending = ranked.stream().filter(b -> !idle.contains(b.name())).toList();
        String nothing = idle.isEmpty() ? "" : "; " + Wording.list(idle)
                + (idle.size() == 1 ? " spends" : " spend") + " nothing, so has no " + metric.inSentence();
        if (rankedSpending.isEmpty()) {
            return prefix + Wording.list(idle) + " spend nothing: no " + metric.inSentence() + " to state.";
        }
        Band first = rankedSpending.get(0);
        if (rankedSpending.size() == 1) {
            return prefix + first.name() + " ends with " + metric.inSentence() + " at "
                    + withInterval(first.last(), metric, context) + nothing + ".";
        }
        List<String> others = rankedSpending.subList(1, rankedSpending.size()).stream()
                .map(b -> withInterval(b.last(), metric, context) + " for " + b.name()).toList();
        return prefix + first.name() + " leads on " + metric.inSentence() + " with "
                + withInterval(first.last(), metric, context) + ", against " + Wording.list(others) + nothing + ".";
    }

    private static String withInterval(BandPoint point, Metric metric, ChartContext context) {
        return metric.write(point.mean()) + " (" + Wording.level(context.results().confidence()) + " CI "
                + Wording.range(point.low(), point.high(), metric) + ")";
    }
}
