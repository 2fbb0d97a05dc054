package dev.rapport.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.report.metrics.MetricCatalog;
import dev.rapport.report.stats.BreakEven;
import dev.rapport.report.stats.BreakEvenAnalysis;
import dev.rapport.report.table.BreakEvenRow;
import dev.rapport.report.testing.Fixtures;
import dev.rapport.report.testing.SyntheticResults;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BreakEvenChartsTest {

    @TempDir
    Path dir;

    private List<BreakEven> analyse(ChartContext context) {
        return BreakEvenAnalysis.analyse(context.results(), MetricCatalog.CUMULATIVE_PROFIT);
    }

    @Test
    void marksTheKnownBreakEvenWeekAndItsInterval() {
        SyntheticResults.spendAndInvest().writeTo(dir);
        ChartContext context = Fixtures.context(dir);
        List<BreakEven> breakEvens = analyse(context);

        Chart chart = BreakEvenCharts.build(context, breakEvens).get(0);

        assertEquals("breakeven-invest-vs-spend", chart.id());
        assertEquals("invest overtakes spend in cumulative profit in week 31 (median of 5 replications;"
                + " in 95% of replications between week 29 and 33).", chart.caption());
        assertFalse(chart.caption().contains("CI"), "a spread of replications is not a confidence interval");
        YIntervalSeriesCollection dataset = (YIntervalSeriesCollection) chart.chart().getXYPlot().getDataset();
        assertEquals(List.of("invest", "spend"), List.of(dataset.getSeriesKey(0), dataset.getSeriesKey(1)));
        ValueMarker line = markers(chart, Layer.FOREGROUND).stream().filter(ValueMarker.class::isInstance)
                .map(ValueMarker.class::cast).findFirst().orElseThrow();
        assertEquals(31, line.getValue());
        assertEquals("Break-even: week 31", line.getLabel());
        IntervalMarker band = markers(chart, Layer.BACKGROUND).stream().filter(IntervalMarker.class::isInstance)
                .map(IntervalMarker.class::cast).findFirst().orElseThrow();
        assertEquals(29, band.getStartValue());
        assertEquals(33, band.getEndValue());
    }

    @Test
    void theTableStatesTheWeekTheChartMarks() {
        SyntheticResults.spendAndInvest().writeTo(dir);
        ChartContext context = Fixtures.context(dir);
        List<BreakEven> breakEvens = analyse(context);

        BreakEvenRow row = BreakEvenRow.of(breakEvens).get(0);
        Chart chart = BreakEvenCharts.build(context, breakEvens).get(0);

        assertEquals("31", row.week());
        assertEquals("29–33", row.ci());
        assertEquals("5 of 5", row.overtaking());
        assertEquals(chart.caption(), row.sentence());
    }

    @Test
    void saysSoWhenInvestNeverOvertakes() {
        SyntheticResults.spendAndInvest().ticks(21).writeTo(dir);
        ChartContext context = Fixtures.context(dir);

        Chart chart = BreakEvenCharts.build(context, analyse(context)).get(0);

        assertEquals("invest does not overtake spend in cumulative profit within the 20 weeks simulated;"
                + " it does in 0 of 5 replications.", chart.caption());
        assertTrue(markers(chart, Layer.FOREGROUND).isEmpty());
    }

    @Test
    void withoutInvestAndSpendComparesTheLeaderWithTheOthers() {
        SyntheticResults.empty().strategy("a", "other", 0).strategy("b", "mixed", 0)
                .metric("cumulative_profit", (s, r, t, b) -> s.equals("a") ? 10.0 * t - 50 : 5.0 * t)
                .writeTo(dir);
        ChartContext context = Fixtures.context(dir);

        List<Chart> charts = BreakEvenCharts.build(context, analyse(context));

        assertEquals(1, charts.size());
        assertEquals("a overtakes b in cumulative profit in week 11 (median of 5 replications;"
                + " in 95% of replications in week 11).", charts.get(0).caption());
    }

    private static Collection<Marker> markers(Chart chart, Layer layer) {
        Collection<?> markers = chart.chart().getXYPlot().getDomainMarkers(layer);
        return markers == null ? List.of() : markers.stream().map(Marker.class::cast).toList();
    }
}
