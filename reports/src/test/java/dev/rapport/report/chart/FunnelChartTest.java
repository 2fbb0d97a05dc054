package dev.rapport.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.report.metrics.MetricCatalog;
import dev.rapport.report.testing.Fixtures;
import dev.rapport.report.testing.SyntheticResults;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunnelChartTest {

    @TempDir
    Path dir;

    @Test
    void hasOnePanelPerStrategyWithEveryStageInOrder() {
        SyntheticResults.spendAndInvest().ticks(11).writeTo(dir);

        Chart chart = FunnelChart.build(Fixtures.context(dir)).orElseThrow();

        List<XYPlot> panels = ((CombinedRangeXYPlot) chart.chart().getPlot()).getSubplots();
        assertEquals(2, panels.size());
        for (XYPlot panel : panels) {
            XYDataset dataset = panel.getDataset();
            for (int s = 0; s < MetricCatalog.FUNNEL.size(); s++) {
                assertEquals(MetricCatalog.FUNNEL.get(s), dataset.getSeriesKey(s));
            }
        }
        assertEquals(7, chart.chart().getPlot().getLegendItems().getItemCount());
    }

    @Test
    void stackedStagesAddUpToThePopulationAtEveryWeek() {
        SyntheticResults.spendAndInvest().ticks(11).writeTo(dir);

        Chart chart = FunnelChart.build(Fixtures.context(dir)).orElseThrow();

        for (XYPlot panel : ((CombinedRangeXYPlot) chart.chart().getPlot()).getSubplots()) {
            XYDataset edges = panel.getDataset();
            int top = edges.getSeriesCount() - 1;
            for (int t = 0; t < edges.getItemCount(top); t++) {
                assertEquals(SyntheticResults.POPULATION, edges.getYValue(top, t), 1e-9);
            }
        }
    }

    @Test
    void eachLayerIsTheMeanOfItsStage() {
        SyntheticResults synthetic = SyntheticResults.spendAndInvest().ticks(11);
        synthetic.writeTo(dir);

        Chart chart = FunnelChart.build(Fixtures.context(dir)).orElseThrow();

        XYDataset invest = ((CombinedRangeXYPlot) chart.chart().getPlot()).getSubplots().get(1).getDataset();
        int members = MetricCatalog.FUNNEL.indexOf("members");
        for (int t = 0; t <= 10; t++) {
            double mean = 0;
            for (int r = 0; r < 5; r++) {
                mean += synthetic.value("members", "invest", r, t, "acme") / 5;
            }
            assertEquals(t, invest.getXValue(members, t));
            assertEquals(mean, invest.getYValue(members, t) - invest.getYValue(members - 1, t), 1e-9);
        }
    }

    @Test
    void captionGivesTheShareOfBuyersUnderEachStrategy() {
        // At week 10: invest 120+2+10+5 = 137 customers+members+advocates on average; spend 162+2.5+1.
        SyntheticResults.spendAndInvest().ticks(11).writeTo(dir);

        String caption = FunnelChart.build(Fixtures.context(dir)).orElseThrow().caption();

        assertEquals("By week 10, customers, members and advocates make up 16.6% of the 1,000 consumers"
                + " under spend, against 13.7% under invest.", caption);
    }

    @Test
    void isLeftOutWhenAStageIsMissing() {
        SyntheticResults.spendAndInvest().metrics(List.of("members", "cumulative_profit")).writeTo(dir);

        assertTrue(FunnelChart.build(Fixtures.context(dir)).isEmpty());
    }
}
