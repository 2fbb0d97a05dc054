package dev.rapport.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code rapport discover}'s chosen box among the futures: every future a dot at its values of two
 * parameters (those the box restricts, first), coloured by whether A beats B there, and the box
 * drawn as a rectangle over those two. With one varied parameter the second axis is A - B itself.
 */
public final class PrimBoxChart {
    private static final Color OF_INTEREST = StrategyPalette.VERMILLION;
    private static final Color OTHER = StrategyPalette.BASELINE_GREY;

    /** One future: its place on the two axes and whether A beats B there. */
    public record Future(double x, double y, boolean ofInterest) {
    }

    /** The box's limits on the two axes; NaN on an axis it does not restrict or that is not a parameter. */
    public record Limits(double xLow, double xHigh, double yLow, double yHigh) {
    }

    private PrimBoxChart() {
    }

    /**
     * @param question  what a future of interest is, e.g. "spend beats mixed"
     * @param xName     the parameter on the x axis
     * @param yName     the parameter on the y axis, or the difference's name when one parameter varied
     * @param futures   every future
     * @param box       the chosen box's limits
     * @param inBox     the futures of interest inside the box (on every parameter, drawn or not)
     * @param density   the share of the box's futures that are of interest
     * @param coverage  the share of all futures of interest inside the box
     * @param alsoRestricted the parameters the box restricts beyond the two drawn
     */
    public static Chart of(String question, String xName, String yName, List<Future> futures, Limits box, int inBox,
                           double density, double coverage, List<String> alsoRestricted) {
        XYSeries interest = new XYSeries("futures where " + question, false, true);
        XYSeries other = new XYSeries("the others", false, true);
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        int ofInterest = 0;
        for (Future f : futures) {
            (f.ofInterest() ? interest : other).add(f.x(), f.y());
            xMin = Math.min(xMin, f.x());
            xMax = Math.max(xMax, f.x());
            yMin = Math.min(yMin, f.y());
            yMax = Math.max(yMax, f.y());
            ofInterest += f.ofInterest() ? 1 : 0;
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(interest);
        data.addSeries(other);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, OF_INTEREST);
        dots.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        dots.setSeriesPaint(1, OTHER);
        dots.setSeriesShape(1, new Ellipse2D.Double(-3, -3, 6, 6));
        NumberAxis x = ChartStyle.valueAxis(xName, null, false);
        NumberAxis y = ChartStyle.valueAxis(yName, null, false);
        XYPlot plot = new XYPlot(data, x, y, dots);
        ChartStyle.plot(plot);
        if (!futures.isEmpty()) {
            // An unrestricted side of the box runs to the edge of the futures.
            double x0 = Double.isNaN(box.xLow()) ? xMin : box.xLow();
            double x1 = Double.isNaN(box.xHigh()) ? xMax : box.xHigh();
            double y0 = Double.isNaN(box.yLow()) ? yMin : box.yLow();
            double y1 = Double.isNaN(box.yHigh()) ? yMax : box.yHigh();
            plot.addAnnotation(new XYBoxAnnotation(x0, y0, x1, y1, new BasicStroke(2f), ChartStyle.INK,
                    ChartStyle.translucent(OF_INTEREST, 0.08f)));
        }
        JFreeChart chart = new JFreeChart(plot);
        String title = "Where " + question;
        ChartStyle.finish(chart, title, "Each dot a future; the rectangle: the box PRIM chose" + (alsoRestricted.isEmpty()
                ? "" : " (it also restricts " + String.join(", ", alsoRestricted) + ", not drawn)"));
        ChartStyle.legend(chart);
        String caption = String.format(Locale.ROOT, "The box holds %d of the %d futures where %s (coverage %.0f%%); "
                + "%.0f%% of the futures inside it are such futures (density).", inBox, ofInterest, question,
                100 * coverage, 100 * density);
        return new Chart("discovery-box", title, caption, chart);
    }
}
