package dev.rapport.report.chart;

import dev.rapport.report.metrics.Metric;
import dev.rapport.report.metrics.ValueFormat;
import dev.rapport.report.metrics.Wording;
import dev.rapport.report.stats.Band;
import dev.rapport.report.stats.BandPoint;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A metric over weeks as one mean line per strategy with its shaded 95% band: the shape of the
 * key-metric, market-share and break-even charts. The dataset is a {@link YIntervalSeriesCollection}
 * whose series are keyed by strategy name, with the mean as y and the band as its interval.
 */
final class BandChart {

    private BandChart() {
    }

    /** @return a styled chart with one band per entry of {@code bands}, coloured by strategy */
    static JFreeChart of(List<Band> bands, Metric metric, StrategyPalette palette, String title,
                         String subtitle) {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        // Overlapping bands darken each other: the more strategies, the lighter each band.
        renderer.setAlpha(bands.size() <= 2 ? ChartStyle.BAND_ALPHA : ChartStyle.BAND_ALPHA * 2 / bands.size());
        double widest = 0;
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        renderer.setDrawSeriesLineAsPath(true);
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            YIntervalSeries series = new YIntervalSeries(band.name(), false, false);
            for (BandPoint p : band.points()) {
                series.add(p.week(), p.mean(), p.low(), p.high());
                if (!Double.isNaN(p.low()) && !Double.isNaN(p.high())) {
                    widest = Math.max(widest, p.high() - p.low());
                }
                lowest = Math.min(lowest, p.mean());
                highest = Math.max(highest, p.mean());
            }
            dataset.addSeries(series);
            renderer.setSeriesPaint(i, palette.colour(band.name()));
            renderer.setSeriesFillPaint(i, palette.colour(band.name()));
            renderer.setSeriesStroke(i, ChartStyle.LINE);
        }
        // Counts and money read against zero; a score, a share or trust reads best around its data
        // (trust between 0.5 and 0.8 drawn from 0 is a flat line).
        boolean fromZero = metric.format() == ValueFormat.COUNT || metric.format() == ValueFormat.CURRENCY;
        NumberAxis valueAxis = ChartStyle.valueAxis(metric.axisTitle(), metric.axisFormat(), fromZero);
        XYPlot plot = new XYPlot(dataset, ChartStyle.weekAxis(), valueAxis, renderer);
        ChartStyle.plot(plot);
        ChartStyle.readableTicks(valueAxis);
        JFreeChart chart = new JFreeChart(plot);
        ChartStyle.finish(chart, title, subtitle + (narrow(widest, lowest, highest) ? "; here narrower than the lines" : ""));
        ChartStyle.legend(chart);
        return chart;
    }

    /**
     * Whether every band is under about a line's width at the chart's height (1% of the span the
     * means cover): many replications pin the mean down, and a reader who sees no band should be
     * told it is there, not missing.
     */
    static boolean narrow(double widest, double lowest, double highest) {
        double span = highest - lowest;
        return widest > 0 && span > 0 && widest < 0.01 * span;
    }

    /** @return how to read a band chart, e.g. "Mean of 20 replications; shaded: 95% confidence interval" */
    static String subtitle(int replications, double level) {
        return replications > 1
                ? "Mean of " + replications + " replications per strategy; shaded: " + Wording.level(level)
                + " confidence interval of the mean"
                : "One replication per strategy: no confidence interval";
    }
}
