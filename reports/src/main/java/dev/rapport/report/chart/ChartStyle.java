package dev.rapport.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one look of every chart: white ground, light grid, left-aligned title with a grey subtitle
 * that says how to read it, legend at the top, and type sized to stay readable on a slide. Charts
 * are laid out at {@link #WIDTH} × {@link #HEIGHT} (16:9) and rendered to PNG at twice that.
 */
public final class ChartStyle {

    /** Layout width in pixels (SVG units); PNGs are twice as wide. */
    public static final int WIDTH = 960;
    /** Layout height in pixels (SVG units); PNGs are twice as high. */
    public static final int HEIGHT = 540;
    /** Line width of means. */
    public static final Stroke LINE = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    /** Opacity of 95% bands. */
    public static final float BAND_ALPHA = 0.18f;

    static final String FONT = "SansSerif";
    static final Color INK = new Color(0x222222);
    static final Color MUTED = new Color(0x555555);
    static final Color GRID = new Color(0xE3E3E3);
    static final Color AXIS = new Color(0x999999);
    static final Font TITLE = new Font(FONT, Font.BOLD, 22);
    static final Font SUBTITLE = new Font(FONT, Font.PLAIN, 14);
    static final Font AXIS_LABEL = new Font(FONT, Font.PLAIN, 15);
    static final Font TICK_LABEL = new Font(FONT, Font.PLAIN, 13);
    static final Font SMALL_TICK_LABEL = new Font(FONT, Font.PLAIN, 12);
    static final Font LEGEND = new Font(FONT, Font.PLAIN, 14);
    static final Font ANNOTATION = new Font(FONT, Font.BOLD, 14);

    private ChartStyle() {
    }

    /** Title, subtitle and legend; call after the plot is styled so the legend is the chart's own. */
    static JFreeChart finish(JFreeChart chart, String title, String subtitle) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(14, 14, 10, 18));
        TextTitle main = new TextTitle(title, TITLE);
        main.setPaint(INK);
        main.setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.setTitle(main);
        chart.clearSubtitles();
        TextTitle sub = new TextTitle(subtitle, SUBTITLE);
        sub.setPaint(MUTED);
        sub.setHorizontalAlignment(HorizontalAlignment.LEFT);
        sub.setPadding(new RectangleInsets(2, 0, 8, 0));
        chart.addSubtitle(sub);
        return chart;
    }

    /** Adds the chart's legend under the subtitle, without a frame. */
    static void legend(JFreeChart chart) {
        LegendTitle legend = new LegendTitle(chart.getPlot());
        legend.setItemFont(LEGEND);
        legend.setItemPaint(INK);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setPosition(RectangleEdge.TOP);
        legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
        legend.setPadding(new RectangleInsets(0, 0, 6, 0));
        chart.addSubtitle(legend);
    }

    static void plot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        // Horizontal rules only: values are read across, weeks from the axis.
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        if (plot.getDomainAxis() != null) {
            axis(plot.getDomainAxis());
        }
        if (plot.getRangeAxis() != null) {
            axis(plot.getRangeAxis());
        }
    }

    static void plot(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        if (plot.getDomainAxis() != null) {
            axis(plot.getDomainAxis());
        }
        if (plot.getRangeAxis() != null) {
            axis(plot.getRangeAxis());
        }
    }

    static void axis(Axis axis) {
        axis.setLabelFont(AXIS_LABEL);
        axis.setLabelPaint(INK);
        axis.setTickLabelFont(TICK_LABEL);
        axis.setTickLabelPaint(MUTED);
        axis.setAxisLinePaint(AXIS);
        axis.setTickMarkPaint(AXIS);
    }

    /** @return a week axis starting at 0, with whole-week ticks */
    static NumberAxis weekAxis() {
        NumberAxis axis = new NumberAxis("Week");
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setAutoRangeIncludesZero(true);
        axis.setLowerMargin(0);
        axis.setUpperMargin(0.01);
        axis(axis);
        return axis;
    }

    /** @return a value axis titled {@code title} whose ticks use {@code format} */
    static NumberAxis valueAxis(String title, java.text.NumberFormat format, boolean includeZero) {
        NumberAxis axis = new NumberAxis(title);
        axis.setNumberFormatOverride(format);
        axis.setAutoRangeIncludesZero(includeZero);
        axis(axis);
        return axis;
    }

    /** How many tick intervals a value axis aims at: a few readable ticks, not one every 0.05. */
    static final int TICK_INTERVALS = 5;

    /**
     * Sets {@code axis}'s ticks to a round step (1, 2, 2.5 or 5 times a power of ten) that cuts its
     * current range into about {@link #TICK_INTERVALS} intervals. JFreeChart's own choice is the
     * smallest step whose labels do not overlap: a tick every 0.05 on trust, every 10 on NPS.
     * Call once the axis has its range (after the plot is made).
     */
    static void readableTicks(NumberAxis axis) {
        double length = axis.getRange().getLength();
        if (!(length > 0) || Double.isInfinite(length)) {
            return;
        }
        axis.setTickUnit(new NumberTickUnit(roundStep(length / TICK_INTERVALS)), false, true);
    }

    /** @return the smallest of 1, 2, 2.5, 5 times a power of ten at or above {@code rough} */
    static double roundStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * power >= rough * (1 - 1e-9)) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /** @return {@code colour} with the band's opacity, for legends and swatches */
    static Color translucent(Color colour, float alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), Math.round(alpha * 255));
    }
}
