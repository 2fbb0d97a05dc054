package dev.rapport.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.report.metrics.MetricCatalog;
import dev.rapport.report.stats.Interval;
import dev.rapport.report.testing.Fixtures;
import dev.rapport.report.testing.SyntheticResults;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyMetricChartsTest {

    @TempDir
    Path dir;

    private final SyntheticResults synthetic = SyntheticResults.spendAndInvest().ticks(21);
    private ChartContext context;

    @BeforeEach
    void load() {
        synthetic.writeTo(dir);
        context = Fixtures.context(dir);
    }

    @Test
    void drawsEveryKeyMetric() {
        assertEquals(MetricCatalog.KEY_METRICS.stream().map(m -> "metric-" + m.replace('_', '-')).toList(),
                KeyMetricCharts.build(context).stream().map(Chart::id).toList());
    }

    @Test
    void bandsAreTheMeanAndIntervalAcrossReplicationsAtEveryTick() {
        Chart chart = KeyMetricCharts.build(context, "trust");
        YIntervalSeriesCollection dataset = (YIntervalSeriesCollection) chart.chart().getXYPlot().getDataset();

        assertEquals(List.of("spend", "invest"), List.of(dataset.getSeriesKey(0), dataset.getSeriesKey(1)));
        for (int s = 0; s < 2; s++) {
            String strategy = (String) dataset.getSeriesKey(s);
            assertEquals(21, dataset.getItemCount(s));
            for (int t = 0; t < 21; t++) {
                double[] sample = new double[5];
                for (int r = 0; r < 5; r++) {
                    sample[r] = synthetic.value("trust", strategy, r, t, "acme");
                }
                Interval expected = Interval.of(sample);
                assertEquals(t, dataset.getXValue(s, t));
                assertEquals(expected.mean(), dataset.getYValue(s, t), 1e-9);
                assertEquals(expected.low(), dataset.getStartYValue(s, t), 1e-9);
                assertEquals(expected.high(), dataset.getEndYValue(s, t), 1e-9);
            }
        }
    }

    @Test
    void npsIsDrawnFromTheFirstWeekAfterTheStartWhenNoOneHasAnOpinionYet() {
        Chart chart = KeyMetricCharts.build(context, "nps");
        YIntervalSeriesCollection dataset = (YIntervalSeriesCollection) chart.chart().getXYPlot().getDataset();

        for (int s = 0; s < 2; s++) {
            assertEquals(20, dataset.getItemCount(s));
            assertEquals(1, dataset.getXValue(s, 0), "week 0 left out");
        }
        assertEquals(21, ((YIntervalSeriesCollection) KeyMetricCharts.build(context, "members").chart().getXYPlot()
                .getDataset()).getItemCount(0), "other metrics keep week 0");
    }

    @Test
    void valueAxesHaveAFewRoundTicksAroundTheData() {
        for (String metric : List.of("trust", "nps", "advocates", "members", "cumulative_profit")) {
            Chart chart = KeyMetricCharts.build(context, metric);
            new ChartRenderer().svg(chart.chart(), "drawn"); // JFreeChart picks its ticks when drawing
            NumberAxis axis = (NumberAxis) chart.chart().getXYPlot().getRangeAxis();
            double step = axis.getTickUnit().getSize();
            double ticks = axis.getRange().getLength() / step;
            assertTrue(ticks >= 2.5 && ticks <= 7, metric + ": " + ticks + " ticks of " + step);
            double mantissa = step / Math.pow(10, Math.floor(Math.log10(step)));
            assertTrue(List.of(1.0, 2.0, 2.5, 5.0).stream().anyMatch(m -> Math.abs(m - mantissa) < 1e-9),
                    metric + ": round step " + step);
        }
        NumberAxis trust = (NumberAxis) KeyMetricCharts.build(context, "trust").chart().getXYPlot().getRangeAxis();
        assertTrue(trust.getLowerBound() > 0.3, "trust drawn around its data, not from 0: " + trust.getRange());
    }

    @Test
    void captionNamesTheLeaderAtTheHorizonWithIntervals() {
        // members: invest 20, spend 5 at week 20, no spread across replications.
        Chart chart = KeyMetricCharts.build(context, "members");

        assertEquals("By week 20, invest leads on members with 20 (95% CI 20), against 5 (95% CI 5) for spend.",
                chart.caption());
        assertEquals("Members over time", chart.title());
        assertEquals("Members (consumers)", chart.chart().getXYPlot().getRangeAxis().getLabel());
        assertEquals("Week", chart.chart().getXYPlot().getDomainAxis().getLabel());
    }

    @Test
    void captionNamesNoLeaderWhenEveryStrategyEndsEqualInEveryReplication(@TempDir Path other) {
        // Trust the same for both strategies, replication by replication (it differs between replications).
        SyntheticResults.spendAndInvest().ticks(21).metric("trust", (s, r, t, b) -> 0.5 + 0.01 * r).writeTo(other);
        ChartContext equal = Fixtures.context(other);

        assertEquals("By week 20, every strategy ends with trust at 0.520 in every replication: none leads.",
                KeyMetricCharts.build(equal, "trust").caption());
        assertEquals(true, equal.results().identicalAtHorizon("trust"));
        assertEquals(false, equal.results().identicalAtHorizon("members"));
    }

    @Test
    void captionWritesTheIntervalOfASpreadMetric() {
        Interval invest = Interval.of(context.values("invest", "nps").atTick(20));

        String caption = KeyMetricCharts.build(context, "nps").caption();

        assertEquals("By week 20, invest leads on NPS with 20.0 (95% CI "
                + String.format(java.util.Locale.ENGLISH, "%.1f–%.1f", invest.low(), invest.high())
                + "), against 7.0 (95% CI "
                + String.format(java.util.Locale.ENGLISH, "%.1f–%.1f", 7 - (invest.mean() - invest.low()),
                7 + (invest.high() - invest.mean())) + ") for spend.", caption);
    }

    @Test
    void aStrategyThatSpendsNothingIsNamedApartInTheProfitPerUnitSpentCaption(@TempDir Path other) {
        SyntheticResults.spendAndInvest().strategy("baseline", "baseline", 0).writeTo(other);

        String caption = KeyMetricCharts.build(Fixtures.context(other), "profit_per_spend").caption();

        assertTrue(caption.endsWith("; baseline spends nothing, so has no profit per unit spent."), caption);
        assertFalse(caption.contains("for baseline"), "not ranked last at 0: " + caption);
    }
}
