package dev.rapport.report.chart;

import dev.rapport.report.metrics.Metric;
import dev.rapport.report.metrics.ValueFormat;
import java.awt.BasicStroke;
import java.awt.Stroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A metric over weeks with one mean line per run and strategy, for comparing runs: the strategy
 * gives the colour, the run the dash (the first run solid), so a strategy's runs read as one family.
 * No bands: with several runs they would cover each other; the comparison's table gives the intervals.
 * The dataset is an {@link XYSeriesCollection} whose series are keyed by the line's name.
 */
public final class RunLinesChart {

    /** Dashes by run, the first solid; beyond these they repeat. */
    private static final float[][] DASHES = {null, {10f, 6f}, {2f, 5f}, {12f, 5f, 2f, 5f}};

    private RunLinesChart() {
    }

    /**
     * One line of the chart.
     *
     * @param name     the legend's name, e.g. {@code after: mixed}
     * @param strategy the strategy, whose colour the line takes
     * @param run      the run's position in the comparison, from 0, which picks the dash
     * @param weeks    the week of every point
     * @param means    the mean over replications at every point
     */
    public record Line(String name, String strategy, int run, double[] weeks, double[] means) {
    }

    /** @return a styled chart with the lines, coloured by {@code palette} */
    public static JFreeChart of(List<Line> lines, Metric metric, StrategyPalette palette, String title, String subtitle) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            XYSeries series = new XYSeries(line.name(), false, false);
            for (int t = 0; t < line.weeks().length; t++) {
                series.add(line.weeks()[t], line.means()[t]);
            }
            dataset.addSeries(series);
            renderer.setSeriesPaint(i, palette.colour(line.strategy()));
            renderer.setSeriesStroke(i, stroke(line.run()));
        }
        boolean fromZero = metric.format() == ValueFormat.COUNT || metric.format() == ValueFormat.CURRENCY;
        NumberAxis valueAxis = ChartStyle.valueAxis(metric.axisTitle(), metric.axisFormat(), fromZero);
        XYPlot plot = new XYPlot(dataset, ChartStyle.weekAxis(), valueAxis, renderer);
        ChartStyle.plot(plot);
        ChartStyle.readableTicks(valueAxis);
        JFreeChart chart = new JFreeChart(plot);
        ChartStyle.finish(chart, title, subtitle);
        ChartStyle.legend(chart);
        return chart;
    }

    private static Stroke stroke(int run) {
        float[] dash = DASHES[run % DASHES.length];
        BasicStroke line = (BasicStroke) ChartStyle.LINE;
        return dash == null ? line : new BasicStroke(line.getLineWidth(), BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }
}
