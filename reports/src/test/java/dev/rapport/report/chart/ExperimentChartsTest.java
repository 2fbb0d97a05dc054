package dev.rapport.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.report.ExperimentCharts;
import dev.rapport.report.ReportException;
import dev.rapport.report.results.ExperimentTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The experiment charts draw what the tidy tables say: the tornado's bars are each end's change
 * from the base, the Sobol chart's intervals are the file's, Morris' dots are (mu*, sigma), and
 * the peeling chart has a dot per box.
 */
class ExperimentChartsTest {

    @TempDir
    Path dir;

    private Path write(String file, String text) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(file), text);
    }

    @Test
    void theTornadosBarsRunFromTheBaseToEachEndLargestSwingFirst() throws IOException {
        write(ExperimentTables.SENSITIVITY_CSV, """
                method,parameter,statistic,value,ci_low,ci_high
                oat,market.potential,objective_at_base,100,,
                oat,market.potential,objective_at_low,60,,
                oat,market.potential,objective_at_high,170,,
                oat,market.potential,swing,110,,
                oat,brands[acme].price,objective_at_base,100,,
                oat,brands[acme].price,objective_at_low,110,,
                oat,brands[acme].price,objective_at_high,95,,
                oat,brands[acme].price,swing,15,,
                """);
        List<Chart> charts = SensitivityCharts.build(ExperimentTables.sensitivity(dir), "profit");
        assertEquals(1, charts.size());
        CategoryDataset data = charts.get(0).chart().getCategoryPlot().getDataset();
        assertEquals(List.of("market.potential", "brands[acme].price"), data.getColumnKeys());
        assertEquals(-40.0, data.getValue("at its low", "market.potential").doubleValue());
        assertEquals(70.0, data.getValue("at its high", "market.potential").doubleValue());
        assertEquals(10.0, data.getValue("at its low", "brands[acme].price").doubleValue());
        assertEquals(-5.0, data.getValue("at its high", "brands[acme].price").doubleValue());
        assertEquals("market.potential moves profit most: 60.00 at its low, 170.0 at its high (swing 110.0).",
                charts.get(0).caption());
        List<Path> files = ExperimentCharts.writeSensitivity(dir, "profit");
        assertEquals(List.of(dir.resolve("charts/sensitivity-tornado.png"), dir.resolve("charts/sensitivity-tornado.svg")),
                files);
    }

    @Test
    void sobolIndicesCarryTheirIntervalsAndMorrisDotsSitAtMuStarAndSigma() throws IOException {
        write(ExperimentTables.SENSITIVITY_CSV, """
                method,parameter,statistic,value,ci_low,ci_high
                sobol,a,first_order,0.31,0.25,0.37
                sobol,a,total,0.56,0.5,0.62
                sobol,b,first_order,0.44,0.4,0.48
                sobol,b,total,0.44,0.41,0.47
                morris,a,mu,-3,,
                morris,a,mu_star,4,,
                morris,a,sigma,2,,
                """);
        List<Chart> charts = SensitivityCharts.build(ExperimentTables.sensitivity(dir), "profit");
        assertEquals(List.of("sensitivity-morris", "sensitivity-sobol"), charts.stream().map(Chart::id).toList());
        XYDataset morris = charts.get(0).chart().getXYPlot().getDataset();
        assertEquals(4, morris.getXValue(0, 0));
        assertEquals(2, morris.getYValue(0, 0));
        IntervalXYDataset sobol = (IntervalXYDataset) charts.get(1).chart().getXYPlot().getDataset();
        assertEquals(0.31, sobol.getYValue(0, 0));
        assertEquals(0.25, sobol.getStartYValue(0, 0));
        assertEquals(0.37, sobol.getEndYValue(0, 0));
        assertEquals(0.47, sobol.getEndYValue(1, 1), "b's total");
        assertTrue(charts.get(1).caption().startsWith("a explains the most of the variance: 0.56 (0.50 to 0.62)"),
                charts.get(1).caption());
    }

    @Test
    void thePeelingChartHasADotPerBoxAndNamesTheChosenOne() throws IOException {
        write(ExperimentTables.DISCOVERY_CSV, """
                step,points,of_interest,coverage,density,mass,pasted,chosen,box
                0,100,30,1,0.3,1,false,false,anywhere
                1,95,30,1,0.315,0.95,false,true,a >= 0.1
                2,90,29,0.967,0.322,0.9,false,false,a >= 0.2
                3,92,30,1,0.326,0.92,true,false,a >= 0.15
                """);
        Chart chart = PeelingChart.build(ExperimentTables.peeling(dir), "A beats B");
        XYDataset data = chart.chart().getXYPlot().getDataset();
        assertEquals(2, data.getSeriesCount(), "peeled and pasted boxes");
        assertEquals(3, data.getItemCount(0));
        assertEquals(0.322, data.getYValue(0, 2));
        assertEquals("In the chosen box (a >= 0.1) A beats B in 32% of futures, and it holds 100% of all futures where "
                + "A beats B.", chart.caption());
    }

    @Test
    void aFolderWithoutTheTableIsAMissingFile() {
        ReportException e = assertThrows(ReportException.class, () -> ExperimentCharts.writeDiscovery(dir));
        assertEquals(ReportException.Code.MISSING_FILE, e.code());
    }
}
