package dev.rapport.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calibration fit chart drawn from a known {@code fit.csv}: a panel per metric, points and line where the file says. */
class CalibrationFitChartTest {

    @Test
    void drawsAPanelPerMetricWithTheObservedPointsAndTheSimulatedLine(@TempDir Path dir) throws IOException {
        Path fit = dir.resolve("fit.csv");
        Files.writeString(fit, "brand,metric,from_week,week,observed,simulated,simulated_sd\n"
                + "acme,customers,0,4,100,110,5\nacme,customers,0,8,200,190,5\n"
                + "\"a,b\",purchases,0,4,50,50,\nacme,purchases,4,8,60,45,2\n");
        List<CalibrationFitChart.Row> rows = CalibrationFitChart.read(fit);
        assertEquals(4, rows.size());
        assertEquals("purchases", rows.get(2).metric());

        Chart chart = CalibrationFitChart.of(rows);
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.chart().getPlot();
        List<?> panels = plot.getSubplots();
        assertEquals(2, panels.size());
        XYPlot purchases = (XYPlot) panels.get(1);
        XYDataset simulated = purchases.getDataset(0);
        XYDataset observed = purchases.getDataset(1);
        assertEquals(45, simulated.getYValue(0, 1), 1e-12);
        assertEquals(60, observed.getYValue(0, 1), 1e-12);
        assertEquals(8, observed.getXValue(0, 1), 1e-12);
        // |110-100|/100, |190-200|/200, 0, |45-60|/60: mean 10%.
        assertTrue(chart.caption().startsWith("The simulated series are on average 10% away from the 4 observed"),
                chart.caption());
    }
}
