package dev.rapport.report.chart;

import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Side-by-side stacked-area panels, one per strategy, sharing their value axis: the shape of the
 * funnel and acquisition charts. Each panel is labelled with its strategy's name in the strategy's
 * colour; the layers keep their own colours, and the legend lists them once.
 *
 * <p>Each panel's dataset holds, per layer, the top edge of that layer: the running sum of the
 * layers from the bottom up, so the last series is the whole stack. The edges are drawn as
 * overlapping areas from the top down, which fills each layer with one polygon; stacking item by
 * item (JFreeChart's stacked renderers) leaves hairline seams once anti-aliased.
 */
final class StackedPanels {

    private StackedPanels() {
    }

    /**
     * @param panels  the layers of each strategy, bottom first, in strategy order
     * @param weeks   the week of each tick
     * @param colours colour of each layer key
     * @param labels  legend label of each layer key
     */
    static JFreeChart of(Map<String, List<StackLayer>> panels, double[] weeks, Map<String, Color> colours,
                         Map<String, String> labels, StrategyPalette palette, NumberAxis valueAxis,
                         String title, String subtitle) {
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(valueAxis);
        combined.setGap(18);
        LegendItemCollection legend = null;
        for (Map.Entry<String, List<StackLayer>> panel : panels.entrySet()) {
            XYSeriesCollection dataset = edges(panel.getValue(), weeks);
            XYAreaRenderer renderer = new XYAreaRenderer(XYAreaRenderer.AREA);
            renderer.setOutline(false);
            renderer.setLegendArea(new Rectangle2D.Double(-6, -6, 12, 12));
            for (int i = 0; i < dataset.getSeriesCount(); i++) {
                String key = (String) dataset.getSeriesKey(i);
                renderer.setSeriesPaint(i, colours.getOrDefault(key, Color.GRAY));
            }
            renderer.setLegendItemLabelGenerator((d, series) ->
                    labels.getOrDefault((String) d.getSeriesKey(series), (String) d.getSeriesKey(series)));
            XYPlot plot = new XYPlot(dataset, ChartStyle.weekAxis(), null, renderer);
            // Whole stack first, bottom layer last, so each layer shows only its own band.
            plot.setSeriesRenderingOrder(SeriesRenderingOrder.REVERSE);
            ChartStyle.plot(plot);
            plot.addAnnotation(nameTag(panel.getKey(), palette.colour(panel.getKey())));
            combined.add(plot, 1);
            if (legend == null) {
                legend = plot.getLegendItems();
            }
        }
        ChartStyle.plot(combined);
        // A tick every 5,000 people on a stack of 55,000 is eleven labels: a few round ones read better.
        ChartStyle.readableTicks(valueAxis);
        combined.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart(combined);
        ChartStyle.finish(chart, title, subtitle);
        ChartStyle.legend(chart);
        return chart;
    }

    /** @return one series per layer holding its top edge: the running sum from the bottom layer */
    static XYSeriesCollection edges(List<StackLayer> layers, double[] weeks) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        double[] edge = new double[weeks.length];
        for (StackLayer layer : layers) {
            XYSeries series = new XYSeries(layer.key(), false, false);
            for (int t = 0; t < weeks.length; t++) {
                edge[t] += layer.values()[t];
                series.add(weeks[t], edge[t], false);
            }
            dataset.addSeries(series);
        }
        return dataset;
    }

    private static XYTitleAnnotation nameTag(String strategy, Paint colour) {
        TextTitle tag = new TextTitle(strategy, ChartStyle.ANNOTATION);
        tag.setPaint(colour);
        tag.setBackgroundPaint(new Color(255, 255, 255, 230));
        tag.setFrame(new BlockBorder(colour));
        tag.setPadding(new RectangleInsets(3, 6, 3, 6));
        XYTitleAnnotation annotation = new XYTitleAnnotation(0.03, 0.97, tag, RectangleAnchor.TOP_LEFT);
        annotation.setMaxWidth(0.9);
        return annotation;
    }
}
