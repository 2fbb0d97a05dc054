package dev.rapport.report.chart;

import dev.rapport.report.metrics.Metric;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A sweep's objective against one varied parameter, a series per strategy, from its
 * {@code points.csv}. When the sweep varied only that parameter, each strategy is a line through
 * its points with the band of its confidence interval: the curve is read along the axis. When
 * others varied too, every point is a dot with its interval as a whisker: the others moved at the
 * same time, so neighbouring dots are not a curve and are not joined.
 */
public final class SweepChart {

    /**
     * One point's mean objective for one strategy.
     *
     * @param strategy the strategy
     * @param value    the parameter's value at the point
     * @param mean     the objective's mean over the replications
     * @param low      the interval's lower end, or NaN
     * @param high     the interval's upper end, or NaN
     */
    public record Point(String strategy, double value, double mean, double low, double high) {
    }

    private SweepChart() {
    }

    /**
     * @param parameter the varied parameter's path, the x axis
     * @param only      whether it was the only parameter varied (a curve) or one of several (dots)
     * @param objective how the report names the objective
     * @param palette   the strategies' colours, the baseline grey
     * @param baseline  the do-nothing strategy, drawn but never named as leading; null when none
     * @param points    every point and strategy
     */
    public static Chart of(String parameter, boolean only, Metric objective, StrategyPalette palette, String baseline,
                           List<Point> points) {
        Map<String, List<Point>> byStrategy = new LinkedHashMap<>();
        points.forEach(p -> byStrategy.computeIfAbsent(p.strategy(), s -> new ArrayList<>()).add(p));
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Map.Entry<String, List<Point>> e : byStrategy.entrySet()) {
            YIntervalSeries series = new YIntervalSeries(e.getKey(), only, true);
            for (Point p : e.getValue()) {
                boolean interval = !Double.isNaN(p.low()) && !Double.isNaN(p.high());
                series.add(p.value(), p.mean(), interval ? p.low() : p.mean(), interval ? p.high() : p.mean());
            }
            data.addSeries(series);
        }
        NumberAxis x = ChartStyle.valueAxis(parameter, java.text.NumberFormat.getNumberInstance(java.util.Locale.ENGLISH),
                false);
        NumberAxis y = ChartStyle.valueAxis(objective.axisTitle(), objective.format().axisFormat(), false);
        XYPlot plot = new XYPlot(data, x, y, only ? band(data, palette) : whiskers(data, palette));
        ChartStyle.plot(plot);
        JFreeChart chart = new JFreeChart(plot);
        String title = objective.label() + " against " + parameter;
        ChartStyle.finish(chart, title, only
                ? "Mean over replications at each point, band: its confidence interval"
                : "Each dot one point's mean over replications, whisker: its confidence interval; the other "
                        + "parameters varied at the same time");
        ChartStyle.legend(chart);
        return new Chart("sweep-" + ChartSlug.of(parameter), title, caption(parameter, objective, points.stream()
                .filter(p -> !p.strategy().equals(baseline)).toList()), chart);
    }

    private static DeviationRenderer band(YIntervalSeriesCollection data, StrategyPalette palette) {
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setAlpha(ChartStyle.BAND_ALPHA);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            var colour = palette.colour((String) data.getSeriesKey(s));
            renderer.setSeriesPaint(s, colour);
            renderer.setSeriesFillPaint(s, colour);
            renderer.setSeriesStroke(s, ChartStyle.LINE);
            renderer.setSeriesShape(s, new Ellipse2D.Double(-3, -3, 6, 6));
        }
        return renderer;
    }

    private static XYErrorRenderer whiskers(YIntervalSeriesCollection data, StrategyPalette palette) {
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDrawYError(true);
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesVisible(true);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, palette.colour((String) data.getSeriesKey(s)));
            renderer.setSeriesShape(s, new Ellipse2D.Double(-4, -4, 8, 8));
        }
        return renderer;
    }

    /** Which strategy (not the baseline) leads at the lowest and at the highest value of the parameter. */
    private static String caption(String parameter, Metric objective, List<Point> all) {
        if (all.isEmpty()) {
            return "The sweep holds no point of " + objective.inSentence() + ".";
        }
        double lowest = all.stream().mapToDouble(Point::value).min().orElseThrow();
        double highest = all.stream().mapToDouble(Point::value).max().orElseThrow();
        Point best = all.stream().max(Comparator.comparingDouble(Point::mean)).orElseThrow();
        String format = "%s leads at %s = %s (%s)";
        Point atLow = leader(all, lowest);
        Point atHigh = leader(all, highest);
        String text = "Highest " + objective.inSentence() + ": " + best.strategy() + " at " + parameter + " = "
                + number(best.value()) + " (" + objective.write(best.mean()) + ").";
        if (lowest < highest) {
            text += " " + String.format(java.util.Locale.ROOT, format, atLow.strategy(), parameter,
                    number(lowest), objective.write(atLow.mean())) + "; "
                    + String.format(java.util.Locale.ROOT, format, atHigh.strategy(), parameter, number(highest),
                    objective.write(atHigh.mean())) + ".";
        }
        return text;
    }

    private static Point leader(List<Point> all, double value) {
        return all.stream().filter(p -> p.value() == value).max(Comparator.comparingDouble(Point::mean)).orElseThrow();
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(java.util.Locale.ROOT, "%d", (long) v)
                : new java.math.BigDecimal(String.format(java.util.Locale.ROOT, "%.4g", v)).stripTrailingZeros()
                        .toPlainString();
    }
}
