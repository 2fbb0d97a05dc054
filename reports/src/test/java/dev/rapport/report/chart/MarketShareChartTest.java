package dev.rapport.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.report.testing.Fixtures;
import dev.rapport.report.testing.SyntheticResults;
import java.nio.file.Path;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarketShareChartTest {

    @TempDir
    Path dir;

    @Test
    void isLeftOutWithOneBrand() {
        SyntheticResults.spendAndInvest().writeTo(dir);

        assertTrue(MarketShareChart.build(Fixtures.context(dir)).isEmpty());
    }

    @Test
    void drawsTheFocalBrandsShareUnderEachStrategyWithTwoBrands() {
        SyntheticResults.spendAndInvest().brands("acme", "bolt").ticks(11).writeTo(dir);

        Chart chart = MarketShareChart.build(Fixtures.context(dir)).orElseThrow();

        assertEquals("acme's market share over time", chart.title());
        YIntervalSeriesCollection dataset = (YIntervalSeriesCollection) chart.chart().getXYPlot().getDataset();
        assertEquals(2, dataset.getSeriesCount());
        assertEquals(0.34, dataset.getYValue(1, 10), 1e-9);
        assertTrue(chart.caption().startsWith("By week 10, spend leads on market share with 40.0% (95% CI "),
                chart.caption());
    }
}
