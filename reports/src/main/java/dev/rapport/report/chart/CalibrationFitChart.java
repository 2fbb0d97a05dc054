package dev.rapport.report.chart;

import dev.rapport.report.ReportException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A calibration's fit, from its {@code fit.csv}: per observed metric a panel over weeks, the
 * observed values as points and the simulated mean at the estimate as a line with a band of two
 * standard deviations across replications. Each value is drawn at the end of its period.
 */
public final class CalibrationFitChart {
    /** One row of {@code fit.csv}: the brand is not drawn (one brand per calibration in practice). */
    public record Row(String metric, double week, double observed, double simulated, double sd) {
    }

    private CalibrationFitChart() {
    }

    /** Reads {@code fit.csv} (columns {@code brand,metric,from_week,week,observed,simulated,simulated_sd}). */
    public static List<Row> read(Path fitCsv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(fitCsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReportException(ReportException.Code.MISSING_FILE, "cannot read " + fitCsv + ": " + e.getMessage());
        }
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            // The brand may be quoted and hold commas: the numbers are the last five cells.
            String[] cells = line.split(",", -1);
            int n = cells.length;
            rows.add(new Row(cells[n - 6], Double.parseDouble(cells[n - 4]), Double.parseDouble(cells[n - 3]),
                    Double.parseDouble(cells[n - 2]), cells[n - 1].isEmpty() ? 0 : Double.parseDouble(cells[n - 1])));
        }
        return rows;
    }

    public static Chart of(List<Row> rows) {
        Map<String, List<Row>> byMetric = new LinkedHashMap<>();
        rows.forEach(r -> byMetric.computeIfAbsent(r.metric(), m -> new ArrayList<>()).add(r));
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(ChartStyle.weekAxis());
        combined.setGap(14);
        double errors = 0;
        int counted = 0;
        boolean first = true;
        for (Map.Entry<String, List<Row>> e : byMetric.entrySet()) {
            YIntervalSeriesCollection simulated = new YIntervalSeriesCollection();
            YIntervalSeries line = new YIntervalSeries("simulated (mean, ±2 sd across replications)", false, false);
            XYSeriesCollection observed = new XYSeriesCollection();
            XYSeries points = new XYSeries("observed", false, true);
            for (Row r : e.getValue()) {
                line.add(r.week(), r.simulated(), r.simulated() - 2 * r.sd(), r.simulated() + 2 * r.sd());
                points.add(r.week(), r.observed());
                if (r.observed() != 0) {
                    errors += Math.abs(r.simulated() - r.observed()) / Math.abs(r.observed());
                    counted++;
                }
            }
            simulated.addSeries(line);
            observed.addSeries(points);
            // The metric named inside its panel: axis titles of stacked panels overlap when names are long.
            NumberAxis axis = ChartStyle.valueAxis(null, NumberFormat.getNumberInstance(Locale.ROOT), true);
            DeviationRenderer band = new DeviationRenderer(true, false);
            band.setAlpha(ChartStyle.BAND_ALPHA);
            band.setSeriesPaint(0, StrategyPalette.BLUE);
            band.setSeriesFillPaint(0, StrategyPalette.BLUE);
            band.setSeriesStroke(0, ChartStyle.LINE);
            band.setSeriesVisibleInLegend(0, first);
            XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
            dots.setSeriesPaint(0, StrategyPalette.VERMILLION);
            dots.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8));
            dots.setSeriesVisibleInLegend(0, first);
            XYPlot plot = new XYPlot(simulated, null, axis, band);
            plot.setDataset(1, observed);
            plot.setRenderer(1, dots);
            ChartStyle.plot(plot);
            org.jfree.chart.title.TextTitle name = new org.jfree.chart.title.TextTitle(e.getKey(), ChartStyle.ANNOTATION);
            name.setPaint(ChartStyle.INK);
            name.setBackgroundPaint(java.awt.Color.WHITE);
            plot.addAnnotation(new org.jfree.chart.annotations.XYTitleAnnotation(0.01, 0.98, name,
                    org.jfree.chart.ui.RectangleAnchor.TOP_LEFT));
            combined.add(plot);
            first = false;
        }
        ChartStyle.plot(combined);
        JFreeChart chart = new JFreeChart(combined);
        String title = "Observed against simulated at the calibrated values";
        ChartStyle.finish(chart, title, "Each value at the end of its period; line: mean over replications");
        ChartStyle.legend(chart);
        double mean = counted == 0 ? 0 : errors / counted;
        String caption = String.format(Locale.ROOT, "The simulated series are on average %.0f%% away from the %d "
                + "observed values.", 100 * mean, counted);
        return new Chart("calibration-fit", title, caption, chart);
    }
}
