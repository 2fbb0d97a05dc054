package dev.rapport.report.chart;

import dev.rapport.report.metrics.Metric;
import dev.rapport.report.metrics.MetricCatalog;
import dev.rapport.report.metrics.Wording;
import dev.rapport.report.stats.BreakEven;
import dev.rapport.report.stats.Band;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * Cumulative profit of two strategies against each other, one chart per break-even pair, with the
 * break-even week (the median replication's) marked by a labelled line and the spread of the
 * replications' own weeks shaded. The caption is the report's headline sentence: "Invest overtakes
 * spend in cumulative profit in week 61 (median of 20 replications; in 95% of replications between
 * week 54 and 70)".
 */
final class BreakEvenCharts {

    private static final Color MARKER = new Color(0x333333);
    private static final Color INTERVAL = new Color(0, 0, 0, 22);

    private BreakEvenCharts() {
    }

    static List<Chart> build(ChartContext context, List<BreakEven> breakEvens) {
        return breakEvens.stream().map(b -> build(context, b)).toList();
    }

    static Chart build(ChartContext context, BreakEven breakEven) {
        Metric metric = context.metric(MetricCatalog.CUMULATIVE_PROFIT);
        List<Band> bands = List.of(
                context.band(breakEven.challenger(), MetricCatalog.CUMULATIVE_PROFIT),
                context.band(breakEven.incumbent(), MetricCatalog.CUMULATIVE_PROFIT));
        String title = "Cumulative profit: " + breakEven.challenger() + " against " + breakEven.incumbent();
        String subtitle = BandChart.subtitle(context.results().replications(), context.results().confidence())
                + (breakEven.overtakes() ? "; dashed: break-even (median), grey: weeks of the middle "
                        + Wording.level(breakEven.level()) + " of replications" : "");
        JFreeChart chart = BandChart.of(bands, metric, context.palette(), title, subtitle);
        XYPlot plot = chart.getXYPlot();
        ValueMarker zero = new ValueMarker(0, ChartStyle.AXIS, new BasicStroke(1f));
        plot.addRangeMarker(zero, Layer.BACKGROUND);
        if (breakEven.overtakes()) {
            mark(plot, breakEven);
        }
        return new Chart("breakeven-" + ChartSlug.of(breakEven.challenger()) + "-vs-"
                + ChartSlug.of(breakEven.incumbent()), title, Wording.breakEvenSentence(breakEven), chart);
    }

    private static void mark(XYPlot plot, BreakEven breakEven) {
        double ciHigh = Math.min(breakEven.ciHigh(), breakEven.horizonWeek());
        if (breakEven.ciLow() < ciHigh) {
            IntervalMarker interval = new IntervalMarker(breakEven.ciLow(), ciHigh, INTERVAL);
            plot.addDomainMarker(interval, Layer.BACKGROUND);
        }
        ValueMarker line = new ValueMarker(breakEven.week(), MARKER, new BasicStroke(1.5f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        line.setLabel("Break-even: week " + Wording.week(breakEven.week()));
        line.setLabelFont(ChartStyle.ANNOTATION);
        line.setLabelPaint(MARKER);
        // No label box: SVG viewers lay text out with their own font metrics, so a box sized by
        // Java's would not fit the text; the grey interval behind it is light enough to read on.
        line.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        line.setLabelOffset(new RectangleInsets(8, 8, 8, 8));
        // Label on the side with more room, so it never runs off the plot.
        boolean early = breakEven.week() < breakEven.horizonWeek() / 2;
        line.setLabelAnchor(early ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
        line.setLabelTextAnchor(early ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
        plot.addDomainMarker(line, Layer.FOREGROUND);
    }
}
