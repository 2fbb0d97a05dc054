package dev.rapport.report.chart;

import dev.rapport.report.metrics.Metric;
import dev.rapport.report.metrics.Wording;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerCalculator;
import org.jfree.data.statistics.BoxAndWhiskerCategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

/**
 * How outcomes at the horizon spread across replications: one panel per outcome metric (the
 * objective first, then members, NPS and ROI when present), one horizontal box per strategy in the
 * strategy's colour. Box: the middle half of replications; line: median; whiskers:
 * the furthest replications within 1.5 box lengths; dots beyond them: outliers.
 */
final class OutcomeChart {

    /** Outcomes shown after the objective, when the results have them. */
    static final List<String> OUTCOMES = List.of("cumulative_profit", "members", "nps", "profit_per_spend");

    private OutcomeChart() {
    }

    static Chart build(ChartContext context) {
        Set<String> metrics = new LinkedHashSet<>();
        metrics.add(context.results().objective());
        OUTCOMES.stream().filter(context.results()::hasMetric).forEach(metrics::add);
        List<String> strategies = context.strategies();
        CategoryAxis strategyAxis = new CategoryAxis();
        ChartStyle.axis(strategyAxis);
        strategyAxis.setTickLabelFont(ChartStyle.LEGEND);
        strategyAxis.setTickLabelPaint(ChartStyle.INK);
        CombinedDomainCategoryPlot combined = new CombinedDomainCategoryPlot(strategyAxis);
        combined.setGap(24);
        List<BoxAndWhiskerItem> objectiveItems = new ArrayList<>();
        for (String name : metrics) {
            Metric metric = context.metric(name);
            DefaultBoxAndWhiskerCategoryDataset dataset = new DefaultBoxAndWhiskerCategoryDataset();
            for (String strategy : strategies) {
                List<Double> values = Arrays.stream(context.values(strategy, name)
                        .atTick(context.results().horizonTick())).boxed().toList();
                BoxAndWhiskerItem item = BoxAndWhiskerCalculator.calculateBoxAndWhiskerStatistics(values);
                dataset.add(item, metric.label(), strategy);
                if (name.equals(context.results().objective())) {
                    objectiveItems.add(item);
                }
            }
            // Panels are narrow: a long title with its unit would run into the next panel's.
            String axisTitle = metric.axisTitle().length() <= 24 ? metric.axisTitle() : metric.label();
            NumberAxis axis = ChartStyle.valueAxis(axisTitle, metric.axisFormat(), false);
            // Room either side for a median's label centred under a box at the edge of the data.
            axis.setLowerMargin(0.12);
            axis.setUpperMargin(0.12);
            axis.setTickLabelFont(ChartStyle.SMALL_TICK_LABEL);
            CategoryPlot plot = new CategoryPlot(dataset, null, axis, new StrategyBoxRenderer(strategies,
                    context.palette(), metric));
            plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
            ChartStyle.plot(plot);
            ChartStyle.readableTicks(axis);
            combined.add(plot, 1);
        }
        combined.setOrientation(PlotOrientation.HORIZONTAL);
        ChartStyle.plot(combined);
        String title = "Outcomes at " + context.horizonText() + ", by strategy";
        String subtitle = "Spread over " + context.results().replications()
                + " replications. Box: middle half; line: median; whiskers: up to 1.5 box lengths; dots: beyond";
        JFreeChart chart = new JFreeChart(combined);
        ChartStyle.finish(chart, title, subtitle);
        return new Chart("outcomes", title,
                caption(context, context.metric(context.results().objective()), strategies, objectiveItems),
                chart);
    }

    /** "At week 156, the median cumulative profit is highest under invest (1.2M; middle half 1.0M–1.4M) and lowest under spend (…)." */
    static String caption(ChartContext context, Metric objective, List<String> strategies,
                          List<BoxAndWhiskerItem> items) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < strategies.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> items.get(i).getMedian().doubleValue()).reversed());
        String head = "At " + context.horizonText() + ", the median " + objective.inSentence();
        int best = order.get(0);
        if (order.size() == 1) {
            return head + " under " + strategies.get(best) + " is " + describe(items.get(best), objective) + ".";
        }
        int worst = order.get(order.size() - 1);
        return head + " is highest under " + strategies.get(best) + " (" + describe(items.get(best), objective)
                + ") and lowest under " + strategies.get(worst) + " (" + describe(items.get(worst), objective)
                + ").";
    }

    private static String describe(BoxAndWhiskerItem item, Metric metric) {
        return metric.write(item.getMedian().doubleValue()) + "; middle half "
                + Wording.range(item.getQ1().doubleValue(), item.getQ3().doubleValue(), metric);
    }

    /**
     * Paints each box in its strategy's colour (boxes are one series, so colour goes by column) and
     * writes its median under it. A box whose replications hardly differ is a sliver against the
     * gaps between strategies: the value beside it says what it shows. The label is centred on the
     * median and kept inside the panel, so a box at the panel's edge never has its value cut off.
     */
    static final class StrategyBoxRenderer extends BoxAndWhiskerRenderer {

        private static final long serialVersionUID = 1L;
        /** Space between a box's edge and its label, in chart pixels. */
        private static final double LABEL_GAP = 3;
        private final List<String> strategies;
        private final transient StrategyPalette palette;
        private final transient Metric metric;

        StrategyBoxRenderer(List<String> strategies, StrategyPalette palette, Metric metric) {
            this.strategies = List.copyOf(strategies);
            this.palette = palette;
            this.metric = metric;
            // The mean's circle is drawn as wide as half the box and hides the median; medians suffice.
            setMeanVisible(false);
            setMedianVisible(true);
            setFillBox(true);
            setUseOutlinePaintForWhiskers(true);
            setMaximumBarWidth(0.09);
            setItemMargin(0);
            setArtifactPaint(ChartStyle.INK);
            // A thin outline: a thick dark one is all that shows of a narrow box.
            setDefaultOutlineStroke(new BasicStroke(1f));
        }

        @Override
        public void drawHorizontalItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
                                       CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis,
                                       CategoryDataset dataset, int row, int column) {
            super.drawHorizontalItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column);
            BoxAndWhiskerCategoryDataset boxes = (BoxAndWhiskerCategoryDataset) dataset;
            Number median = boxes.getMedianValue(row, column);
            if (median == null) {
                return;
            }
            String text = label(median.doubleValue());
            g2.setFont(ChartStyle.SMALL_TICK_LABEL);
            g2.setPaint(ChartStyle.INK);
            double width = g2.getFontMetrics().stringWidth(text);
            double x = rangeAxis.valueToJava2D(median.doubleValue(), dataArea, plot.getRangeAxisEdge());
            x = Math.max(dataArea.getMinX() + width / 2, Math.min(dataArea.getMaxX() - width / 2, x));
            double y = domainAxis.getCategoryMiddle(column, getColumnCount(), dataArea, plot.getDomainAxisEdge())
                    + state.getBarWidth() / 2 + LABEL_GAP;
            TextUtils.drawAlignedString(text, g2, (float) x, (float) y, TextAnchor.TOP_CENTER);
        }

        /** @return the median as the report writes it: money with its symbol */
        String label(double median) {
            return metric.write(median);
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return ChartStyle.translucent(palette.colour(strategies.get(column)), 0.55f);
        }

        @Override
        public Paint getItemOutlinePaint(int row, int column) {
            Color colour = palette.colour(strategies.get(column));
            return colour.darker();
        }
    }
}
