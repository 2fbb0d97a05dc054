package dev.rapport.report.chart;

import dev.rapport.report.metrics.MetricCatalog;
import dev.rapport.report.metrics.ValueFormat;
import dev.rapport.report.metrics.Wording;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jfree.chart.axis.NumberAxis;

/**
 * Where growth came from, "earned versus bought": for each strategy a stacked area of the mean
 * cumulative number of new customers by the channel of their first purchase. Referral and word of
 * mouth are earned; advertising and discounts are bought; organic trial is neither.
 */
final class AcquisitionChart {

    /** Channels whose customers were earned rather than bought. */
    static final Set<String> EARNED = Set.of("acquired_referral", "acquired_word_of_mouth");

    private static final Map<String, String> LABELS = Map.of(
            "acquired_referral", "Referral (earned)",
            "acquired_word_of_mouth", "Word of mouth (earned)",
            "acquired_organic", "Organic trial",
            "acquired_advertising", "Advertising (bought)",
            "acquired_discount", "Discount (bought)");

    private AcquisitionChart() {
    }

    /** @return the chart, or empty when the results have no acquisition channel */
    static Optional<Chart> build(ChartContext context) {
        List<String> channels = MetricCatalog.ACQUISITION.stream()
                .filter(context.results()::hasMetric).toList();
        if (channels.isEmpty()) {
            return Optional.empty();
        }
        double[] weeks = FunnelChart.weeks(context);
        Map<String, List<StackLayer>> panels = new LinkedHashMap<>();
        Map<String, double[]> totals = new LinkedHashMap<>();
        for (String strategy : context.strategies()) {
            List<StackLayer> layers = new ArrayList<>();
            double[] earnedAndAll = new double[2];
            for (String channel : channels) {
                double[] mean = context.values(strategy, channel).meanByTick();
                double[] cumulative = new double[weeks.length];
                double sum = 0;
                for (int t = 0; t < weeks.length; t++) {
                    sum += mean[t];
                    cumulative[t] = sum;
                }
                layers.add(new StackLayer(channel, cumulative));
                earnedAndAll[1] += sum;
                if (EARNED.contains(channel)) {
                    earnedAndAll[0] += sum;
                }
            }
            panels.put(strategy, layers);
            totals.put(strategy, earnedAndAll);
        }
        String title = "Where customers came from: earned versus bought";
        // A customer who lapses and is won back is acquired again: the count is of acquisitions, and
        // can pass the number of people in the market.
        java.util.OptionalDouble people = context.results().marketSize();
        String subtitle = "Mean cumulative acquisitions by channel, over " + context.results().replications()
                + " replications; a customer won back after lapsing counts again, so the total can pass the market's "
                + (people.isPresent() ? ValueFormat.COUNT.format(people.getAsDouble()) + " people" : "size");
        NumberAxis axis = ChartStyle.valueAxis("Acquisitions since week 0 (people)",
                ValueFormat.COUNT.axisFormat(), true);
        return Optional.of(new Chart("acquisition", title, caption(context, totals),
                StackedPanels.of(panels, weeks, SeriesColours.ACQUISITION, LABELS, context.palette(), axis,
                        title, subtitle)));
    }

    /** "Over 156 weeks, 68.0% of invest's new customers were earned through referral and word of mouth, against 21.0% for spend." */
    static String caption(ChartContext context, Map<String, double[]> totals) {
        List<String> strategies = new ArrayList<>(totals.keySet());
        List<String> shares = strategies.stream().map(s -> {
            double[] t = totals.get(s);
            return t[1] > 0 ? ValueFormat.SHARE.format(t[0] / t[1]) : null;
        }).toList();
        String over = "Over " + Wording.week(context.results().horizonWeek()) + " weeks, ";
        if (shares.stream().allMatch(Objects::isNull)) {
            return over + "no strategy acquired any new customer.";
        }
        String sentence = over + share(shares.get(0)) + " of " + strategies.get(0)
                + "'s new customers were earned through referral and word of mouth";
        if (strategies.size() == 1) {
            return sentence + ".";
        }
        List<String> others = new ArrayList<>();
        for (int i = 1; i < strategies.size(); i++) {
            others.add(share(shares.get(i)) + " for " + strategies.get(i));
        }
        return sentence + ", against " + Wording.list(others) + ".";
    }

    private static String share(String share) {
        return share == null ? "none" : share;
    }
}
