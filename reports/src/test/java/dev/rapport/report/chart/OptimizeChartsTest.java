package dev.rapport.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.report.ReportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optimiser's charts, drawn from its tables as rapport optimize writes them. */
class OptimizeChartsTest {
    private static final String TRACE = """
            evaluation,advertising,community,spent_share,objective,best_so_far
            1,0.5,0.5,1,1000000,1000000
            2,0.7,0.3,1,1500000,1500000
            3,0.2,0.8,1,900000,1500000
            """;
    private static final String RESPONSE = """
            lever,spend,incremental_profit,ci_low,ci_high,optimum,marginal_return
            advertising,0,0,-10,10,false,
            advertising,420000,1400000,1300000,1500000,true,2.5
            advertising,840000,1600000,1500000,1700000,false,
            community,0,1000000,900000,1100000,false,
            community,180000,1400000,1300000,1500000,true,0.75
            community,360000,1450000,,,false,
            """;

    @Test
    void theTraceDrawsEveryEvaluationAndTheBestSoFar(@TempDir Path dir) throws IOException {
        write(dir);
        Chart trace = OptimizeCharts.of(dir, "cumulative_profit").get(0);
        XYDataset data = ((XYPlot) trace.chart().getPlot()).getDataset();
        assertEquals(2, data.getSeriesCount());
        assertEquals(3, data.getItemCount(0));
        assertEquals(900000, data.getYValue(0, 2));
        assertEquals(1500000, data.getYValue(1, 2), "the best so far stays at its best");
        assertEquals("The best candidate, 1.5M, was found at evaluation 2 of 3; the first candidate made 1M.", trace.caption());
    }

    @Test
    void theResponseCurvesHaveALinePerLeverAndNameTheSteepestAtTheOptimum(@TempDir Path dir) throws IOException {
        write(dir);
        Chart response = OptimizeCharts.of(dir, "cumulative_profit").get(1);
        XYDataset data = ((XYPlot) response.chart().getPlot()).getDataset();
        assertEquals(2, data.getSeriesCount());
        assertEquals("advertising", data.getSeriesKey(0));
        assertEquals(3, data.getItemCount(1));
        assertTrue(response.caption().contains("most in advertising (2.50 "), response.caption());
        assertEquals(2, ((XYPlot) response.chart().getPlot()).getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).size()
                + sizeOrZero(((XYPlot) response.chart().getPlot()).getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND)),
                "a rule at each lever's spend at the optimum");
    }

    @Test
    void aDamagedTableIsAReportError(@TempDir Path dir) throws IOException {
        write(dir);
        Files.writeString(dir.resolve("trace.csv"), "evaluation,objective,best_so_far\n1,abc,1\n");
        ReportException e = assertThrows(ReportException.class, () -> OptimizeCharts.of(dir, "cumulative_profit"));
        assertEquals(ReportException.Code.MALFORMED_FILE, e.code());
    }

    private static int sizeOrZero(java.util.Collection<?> c) {
        return c == null ? 0 : c.size();
    }

    private static void write(Path dir) throws IOException {
        Files.writeString(dir.resolve("trace.csv"), TRACE);
        Files.writeString(dir.resolve("response.csv"), RESPONSE);
    }
}
