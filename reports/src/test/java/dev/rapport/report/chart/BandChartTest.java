package dev.rapport.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.report.metrics.MetricCatalog;
import dev.rapport.report.results.StrategyInfo;
import dev.rapport.report.stats.Band;
import dev.rapport.report.stats.BandPoint;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;

/** Bands stay readable whatever the replications: said when too narrow to see, lighter when many overlap. */
class BandChartTest {

    private static Band band(String name, double level, double halfWidth) {
        List<BandPoint> points = new ArrayList<>();
        for (int w = 0; w <= 10; w++) {
            double mean = level + 100 * w;
            points.add(new BandPoint(w, mean, mean - halfWidth, mean + halfWidth));
        }
        return new Band(name, points);
    }

    private static JFreeChart chart(List<Band> bands) {
        StrategyPalette palette = StrategyPalette.of(bands.stream().map(b -> StrategyInfo.undeclared(b.name(), "acme"))
                .toList());
        return BandChart.of(bands, new MetricCatalog(1.0).metric("customers"), palette, "Customers", "Mean of 20 replications");
    }

    private static String subtitle(JFreeChart chart) {
        return ((TextTitle) chart.getSubtitle(0)).getText();
    }

    @Test
    void bandsNarrowerThanTheLinesAreSaidToBeThere() {
        // Means span 0 to 1,000; bands 2 wide: 0.2% of the span.
        assertEquals("Mean of 20 replications; here narrower than the lines",
                subtitle(chart(List.of(band("spend", 0, 1), band("invest", 0, 1)))));
        // Bands 40 wide (4%) are seen and need no word.
        assertEquals("Mean of 20 replications", subtitle(chart(List.of(band("spend", 0, 20), band("invest", 0, 20)))));
    }

    @Test
    void manyOverlappingBandsAreDrawnLighter() {
        float two = ((DeviationRenderer) chart(List.of(band("a", 0, 50), band("b", 0, 50))).getXYPlot().getRenderer())
                .getAlpha();
        float four = ((DeviationRenderer) chart(List.of(band("a", 0, 50), band("b", 0, 50), band("c", 0, 50),
                band("d", 0, 50))).getXYPlot().getRenderer()).getAlpha();
        assertEquals(ChartStyle.BAND_ALPHA, two, 1e-6);
        assertEquals(ChartStyle.BAND_ALPHA / 2, four, 1e-6, "four strategies' bands at half the opacity");
        assertTrue(four > 0);
    }
}
