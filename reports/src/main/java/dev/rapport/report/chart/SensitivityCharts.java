package dev.rapport.report.chart;

import dev.rapport.report.results.ExperimentTables.SensitivityRow;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The charts of {@code rapport sensitivity}, from the rows of {@code sensitivity.csv}: a tornado
 * for one-at-a-time (each parameter's bars from the base objective to the objective at its low and
 * at its high, largest swing on top), the first-order and total Sobol indices with their bootstrap
 * intervals, and Morris' mu* against sigma (importance against non-linearity or interaction).
 * Parameters keep the file's order, which ranks them by importance.
 */
public final class SensitivityCharts {
    private static final Color LOW = StrategyPalette.VERMILLION;
    private static final Color HIGH = StrategyPalette.BLUE;

    private SensitivityCharts() {
    }

    /**
     * @param objective how the objective is named on axes, e.g. "cumulative_profit of acme at week 156"
     * @return one chart per method present in the rows
     */
    public static List<Chart> build(List<SensitivityRow> rows, String objective) {
        List<Chart> charts = new ArrayList<>();
        List<SensitivityRow> oat = rows.stream().filter(r -> r.method().equals("oat")).toList();
        List<SensitivityRow> morris = rows.stream().filter(r -> r.method().equals("morris")).toList();
        List<SensitivityRow> sobol = rows.stream().filter(r -> r.method().equals("sobol")).toList();
        if (!oat.isEmpty()) {
            charts.add(tornado(oat, objective));
        }
        if (!morris.isEmpty()) {
            charts.add(morris(morris, objective));
        }
        if (!sobol.isEmpty()) {
            charts.add(sobol(sobol, objective));
        }
        return charts;
    }

    /** The parameters in file order, each with its statistics by name. */
    private static Map<String, Map<String, SensitivityRow>> byParameter(List<SensitivityRow> rows) {
        Map<String, Map<String, SensitivityRow>> out = new LinkedHashMap<>();
        for (SensitivityRow r : rows) {
            out.computeIfAbsent(r.parameter(), p -> new LinkedHashMap<>()).put(r.statistic(), r);
        }
        return out;
    }

    static Chart tornado(List<SensitivityRow> rows, String objective) {
        Map<String, Map<String, SensitivityRow>> parameters = byParameter(rows);
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        double base = Double.NaN;
        for (var e : parameters.entrySet()) {
            base = e.getValue().get("objective_at_base").value();
            dataset.addValue(e.getValue().get("objective_at_low").value() - base, "at its low", e.getKey());
            dataset.addValue(e.getValue().get("objective_at_high").value() - base, "at its high", e.getKey());
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, LOW);
        renderer.setSeriesPaint(1, HIGH);
        renderer.setItemMargin(0);
        renderer.setMaximumBarWidth(0.2);
        CategoryAxis axis = new CategoryAxis();
        ChartStyle.axis(axis);
        NumberAxis value = ChartStyle.valueAxis("Change from the base", null, true);
        CategoryPlot plot = new CategoryPlot(dataset, axis, value, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        ChartStyle.plot(plot);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.AXIS, new BasicStroke(1f)));
        String title = "What moves the objective, one parameter at a time";
        JFreeChart chart = ChartStyle.finish(new JFreeChart(plot), title, objective
                + ": each parameter at the low and the high of its range, the others at the middle (base " + number(base)
                + ")");
        ChartStyle.legend(chart);
        var top = parameters.entrySet().iterator().next();
        String caption = top.getKey() + " moves " + objective + " most: " + number(top.getValue().get("objective_at_low").value())
                + " at its low, " + number(top.getValue().get("objective_at_high").value()) + " at its high (swing "
                + number(top.getValue().get("swing").value()) + ").";
        return new Chart("sensitivity-tornado", title, caption, chart);
    }

    static Chart sobol(List<SensitivityRow> rows, String objective) {
        Map<String, Map<String, SensitivityRow>> parameters = byParameter(rows);
        String[] names = parameters.keySet().toArray(String[]::new);
        YIntervalSeries first = new YIntervalSeries("first order (alone)");
        YIntervalSeries total = new YIntervalSeries("total (with interactions)");
        int i = 0;
        for (Map<String, SensitivityRow> stats : parameters.values()) {
            add(first, i - 0.12, stats.get("first_order"));
            add(total, i + 0.12, stats.get("total"));
            i++;
        }
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        dataset.addSeries(first);
        dataset.addSeries(total);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(false);
        renderer.setSeriesPaint(0, LOW);
        renderer.setSeriesPaint(1, HIGH);
        renderer.setErrorStroke(new BasicStroke(2f));
        renderer.setCapLength(8);
        for (int s = 0; s < 2; s++) {
            renderer.setSeriesShape(s, new Ellipse2D.Double(-5, -5, 10, 10));
        }
        SymbolAxis axis = new SymbolAxis("Parameter", names);
        axis.setGridBandsVisible(false);
        ChartStyle.axis(axis);
        NumberAxis value = ChartStyle.valueAxis("Share of the variance", null, true);
        XYPlot plot = new XYPlot(dataset, axis, value, renderer);
        ChartStyle.plot(plot);
        String title = "Sobol indices: each parameter's share of the variance";
        JFreeChart chart = ChartStyle.finish(new JFreeChart(plot), title, objective
                + ". Dot: estimate; bar: bootstrap interval; total minus first order: interactions");
        ChartStyle.legend(chart);
        Map<String, SensitivityRow> top = parameters.get(names[0]);
        String caption = names[0] + " explains the most of the variance: " + share(top.get("total"))
                + " with its interactions, " + share(top.get("first_order")) + " alone.";
        return new Chart("sensitivity-sobol", title, caption, chart);
    }

    private static void add(YIntervalSeries series, double x, SensitivityRow row) {
        double low = Double.isNaN(row.ciLow()) ? row.value() : row.ciLow();
        double high = Double.isNaN(row.ciHigh()) ? row.value() : row.ciHigh();
        series.add(x, row.value(), low, high);
    }

    static Chart morris(List<SensitivityRow> rows, String objective) {
        Map<String, Map<String, SensitivityRow>> parameters = byParameter(rows);
        XYSeries points = new XYSeries("parameter", false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, HIGH);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
        List<XYTextAnnotation> labels = new ArrayList<>();
        for (var e : parameters.entrySet()) {
            double muStar = e.getValue().get("mu_star").value();
            double sigma = e.getValue().get("sigma").value();
            double y = Double.isNaN(sigma) ? 0 : sigma;
            points.add(muStar, y);
            XYTextAnnotation label = new XYTextAnnotation("  " + e.getKey(), muStar, y);
            label.setFont(ChartStyle.TICK_LABEL);
            label.setPaint(ChartStyle.INK);
            label.setTextAnchor(TextAnchor.CENTER_LEFT);
            labels.add(label);
        }
        NumberAxis x = ChartStyle.valueAxis("mu*: mean |elementary effect| over the range (importance)", null, true);
        x.setUpperMargin(0.3);
        NumberAxis y = ChartStyle.valueAxis("sigma: spread of the effects (non-linearity, interactions)", null, true);
        XYPlot plot = new XYPlot(new XYSeriesCollection(points), x, y, renderer);
        ChartStyle.plot(plot);
        labels.forEach(plot::addAnnotation);
        String title = "Morris screening: importance against non-linearity";
        JFreeChart chart = ChartStyle.finish(new JFreeChart(plot), title, objective
                + ". Effects of moving a parameter across its whole range; right: important; up: non-linear or interacting");
        var top = parameters.entrySet().iterator().next();
        String caption = top.getKey() + " has the largest effect on " + objective + " (mu* "
                + number(top.getValue().get("mu_star").value()) + ", sigma " + number(top.getValue().get("sigma").value())
                + ").";
        return new Chart("sensitivity-morris", title, caption, chart);
    }

    private static String share(SensitivityRow row) {
        return String.format(Locale.ROOT, "%.2f", row.value()) + (Double.isNaN(row.ciLow()) ? ""
                : String.format(Locale.ROOT, " (%.2f to %.2f)", row.ciLow(), row.ciHigh()));
    }

    /** Large values with thousands separators, small ones to four significant digits. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return Math.abs(v) >= 1000 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.4g", v);
    }
}
