package dev.rapport.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.rapport.report.metrics.MetricCatalog;
import dev.rapport.report.stats.BreakEvenAnalysis;
import dev.rapport.report.testing.Fixtures;
import dev.rapport.report.testing.SyntheticResults;
import java.awt.Color;
import java.awt.Paint;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportChartsTest {

    @TempDir
    Path dir;

    private List<Chart> charts(ChartContext context) {
        return ReportCharts.build(context,
                BreakEvenAnalysis.analyse(context.results(), MetricCatalog.CUMULATIVE_PROFIT));
    }

    @Test
    void buildsEveryChartOnceInReadingOrder() {
        SyntheticResults.spendAndInvest().brands("acme", "bolt").writeTo(dir);

        List<Chart> charts = charts(Fixtures.context(dir));

        assertEquals(List.of("breakeven-invest-vs-spend", "metric-cumulative-profit", "metric-members",
                "metric-advocates", "metric-trust", "metric-nps", "metric-revenue", "metric-profit-per-spend", "funnel",
                "acquisition", "outcomes", "market-share"), charts.stream().map(Chart::id).toList());
        charts.forEach(c -> assertFalse(c.caption().isBlank(), c.id()));
    }

    @Test
    void everyStrategyHasTheSameColourInEveryChart() {
        SyntheticResults.spendAndInvest().strategy("mixed", "mixed", 0).brands("acme", "bolt").writeTo(dir);
        ChartContext context = Fixtures.context(dir);
        int checked = 0;

        for (Chart chart : charts(context)) {
            if (chart.chart().getPlot() instanceof XYPlot plot && plot.getRenderer() instanceof DeviationRenderer r) {
                for (int s = 0; s < plot.getDataset().getSeriesCount(); s++) {
                    String strategy = (String) plot.getDataset().getSeriesKey(s);
                    assertEquals(context.palette().colour(strategy), r.getSeriesPaint(s), chart.id());
                    assertEquals(context.palette().colour(strategy), legendPaint(plot.getLegendItems(), strategy));
                    checked++;
                }
            }
            if (chart.chart().getPlot() instanceof CombinedDomainCategoryPlot boxes) {
                CategoryPlot panel = (CategoryPlot) boxes.getSubplots().get(0);
                CategoryItemRenderer r = panel.getRenderer();
                List<?> strategies = panel.getDataset().getColumnKeys();
                for (int c = 0; c < strategies.size(); c++) {
                    Color expected = context.palette().colour((String) strategies.get(c));
                    Color actual = (Color) r.getItemPaint(0, c);
                    assertEquals(expected.getRGB() & 0xFFFFFF, actual.getRGB() & 0xFFFFFF);
                    checked++;
                }
            }
        }
        assertEquals(3 * (7 + 1) + 2 + 3, checked);
        assertEquals(3, new HashSet<>(context.palette().colours().values()).size());
    }

    private static Paint legendPaint(LegendItemCollection items, String label) {
        for (int i = 0; i < items.getItemCount(); i++) {
            LegendItem item = items.get(i);
            if (item.getLabel().equals(label)) {
                return item.getLinePaint();
            }
        }
        throw new AssertionError("no legend item " + label);
    }
}
