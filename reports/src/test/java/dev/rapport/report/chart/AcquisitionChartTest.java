package dev.rapport.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.report.metrics.MetricCatalog;
import dev.rapport.report.testing.Fixtures;
import dev.rapport.report.testing.SyntheticResults;
import java.nio.file.Path;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcquisitionChartTest {

    @TempDir
    Path dir;

    @Test
    void stacksCumulativeCustomersByChannelEarnedFirst() {
        SyntheticResults.spendAndInvest().ticks(11).writeTo(dir);

        Chart chart = AcquisitionChart.build(Fixtures.context(dir)).orElseThrow();

        XYPlot invest = ((CombinedRangeXYPlot) chart.chart().getPlot()).getSubplots().get(1);
        XYDataset edges = invest.getDataset();
        for (int s = 0; s < MetricCatalog.ACQUISITION.size(); s++) {
            assertEquals(MetricCatalog.ACQUISITION.get(s), edges.getSeriesKey(s));
        }
        // Referral: 2 per tick after tick 0, so 20 by week 10; word of mouth 10 stacked on top.
        assertEquals(0, edges.getYValue(0, 0));
        assertEquals(20, edges.getYValue(0, 10), 1e-9);
        assertEquals(30, edges.getYValue(1, 10), 1e-9);
        // The whole stack: 3.8 new customers per tick.
        assertEquals(38, edges.getYValue(4, 10), 1e-9);
    }

    @Test
    void itSaysWhyAcquisitionsCanOutnumberThePeopleInTheMarket() {
        SyntheticResults.spendAndInvest().ticks(11).writeTo(dir);

        Chart chart = AcquisitionChart.build(Fixtures.context(dir)).orElseThrow();

        String subtitle = ((org.jfree.chart.title.TextTitle) chart.chart().getSubtitle(0)).getText();
        assertEquals("Mean cumulative acquisitions by channel, over 5 replications; a customer won back after lapsing "
                + "counts again, so the total can pass the market's 1,000 people", subtitle);
    }

    @Test
    void captionGivesTheEarnedShareOfNewCustomers() {
        SyntheticResults.spendAndInvest().ticks(11).writeTo(dir);

        String caption = AcquisitionChart.build(Fixtures.context(dir)).orElseThrow().caption();

        // invest: (2 + 1) / 3.8 = 78.9%; spend: (0.2 + 0.3) / 4 = 12.5%.
        assertEquals("Over 10 weeks, 12.5% of spend's new customers were earned through referral and word"
                + " of mouth, against 78.9% for invest.", caption);
    }
}
