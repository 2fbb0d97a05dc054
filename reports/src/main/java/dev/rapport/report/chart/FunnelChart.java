package dev.rapport.report.chart;

import dev.rapport.report.metrics.MetricCatalog;
import dev.rapport.report.metrics.ValueFormat;
import dev.rapport.report.metrics.Wording;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.axis.NumberAxis;

/**
 * The funnel over weeks: for each strategy a stacked area of the mean number of consumers in each
 * stage, from unaware at the bottom to detractors at the top. The stages partition the market,
 * so every stack adds up to the population.
 */
final class FunnelChart {

    /** Stages counted as customers of the brand, for the caption. */
    private static final List<String> BUYING = List.of("customers", "members", "advocates");

    private FunnelChart() {
    }

    /** @return the chart, or empty when the results lack a funnel stage */
    static Optional<Chart> build(ChartContext context) {
        if (!MetricCatalog.FUNNEL.stream().allMatch(context.results()::hasMetric)) {
            return Optional.empty();
        }
        double[] weeks = weeks(context);
        Map<String, List<StackLayer>> panels = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (String strategy : context.strategies()) {
            List<StackLayer> layers = new ArrayList<>();
            for (String stage : MetricCatalog.FUNNEL) {
                labels.put(stage, context.metric(stage).label());
                layers.add(new StackLayer(stage,
                        Arrays.copyOf(context.values(strategy, stage).meanByTick(), weeks.length)));
            }
            panels.put(strategy, layers);
        }
        double population = population(context);
        String title = "Customer funnel over time";
        String subtitle = "Mean consumers in each stage over " + context.results().replications()
                + " replications; each stack adds up to the " + ValueFormat.COUNT.format(population)
                + " consumers of the market";
        NumberAxis axis = ChartStyle.valueAxis("Consumers", ValueFormat.COUNT.axisFormat(), true);
        return Optional.of(new Chart("funnel", title, caption(context, population),
                StackedPanels.of(panels, weeks, SeriesColours.FUNNEL, labels, context.palette(), axis,
                        title, subtitle)));
    }

    /** @return the week of every tick from 0 to the horizon */
    static double[] weeks(ChartContext context) {
        double[] weeks = new double[context.results().horizonTick() + 1];
        for (int t = 0; t < weeks.length; t++) {
            weeks[t] = context.results().week(t);
        }
        return weeks;
    }

    /** @return the market's size: the stages of the first strategy summed at tick 0 */
    static double population(ChartContext context) {
        String first = context.strategies().get(0);
        return MetricCatalog.FUNNEL.stream()
                .mapToDouble(stage -> context.values(first, stage).meanByTick()[0]).sum();
    }

    /** "By week 156, customers, members and advocates make up 34.0% of the 5,000 consumers under invest, against …" */
    static String caption(ChartContext context, double population) {
        int horizon = context.results().horizonTick();
        List<String> strategies = context.strategies();
        List<String> shares = strategies.stream().map(strategy -> {
            double buying = BUYING.stream()
                    .mapToDouble(stage -> context.values(strategy, stage).meanByTick()[horizon]).sum();
            return ValueFormat.SHARE.format(population > 0 ? buying / population : 0);
        }).toList();
        String sentence = "By " + context.horizonText() + ", customers, members and advocates make up "
                + shares.get(0) + " of the " + ValueFormat.COUNT.format(population)
                + " consumers under " + strategies.get(0);
        if (strategies.size() == 1) {
            return sentence + ".";
        }
        List<String> others = new ArrayList<>();
        for (int i = 1; i < strategies.size(); i++) {
            others.add(shares.get(i) + " under " + strategies.get(i));
        }
        return sentence + ", against " + Wording.list(others) + ".";
    }
}
