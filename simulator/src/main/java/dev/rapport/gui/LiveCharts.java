package dev.rapport.gui;

import dev.rapport.model.MarketModel;
import dev.rapport.model.Metric;
import dev.rapport.model.RunSpec;
import dev.rapport.model.Stage;
import dev.rapport.scenario.BrandSpec;
import dev.rapport.scenario.Scenario;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Live charts of the watched run, in JFreeChart 1.5 {@link ChartPanel}s (MASON 18's own chart
 * utilities were built for JFreeChart 1.0): customers, members, advocates, trust, NPS and
 * cumulative profit per brand over weeks, and the played brand's funnel, in the report's colours
 * ({@link Colours}). {@link #update()} takes the rows recorded since the last call; it runs after
 * each tick and hands the drawing to Swing's thread.
 */
final class LiveCharts {
    /** The metrics drawn per brand, one chart each. */
    static final List<Metric> PER_BRAND = List.of(Metric.CUSTOMERS, Metric.MEMBERS, Metric.ADVOCATES,
            Metric.TRUST, Metric.NPS, Metric.CUMULATIVE_PROFIT);

    private final LiveSeries series;
    private final List<XYSeries[]> lines = new ArrayList<>();
    private final XYSeries[] funnel = new XYSeries[Stage.values().length];
    private final List<JFrame> frames = new ArrayList<>();
    private int playedBrand;
    private int seen;

    LiveCharts(LiveSeries series, Scenario scenario, RunSpec spec) {
        this.series = series;
        this.playedBrand = spec.strategyBrand();
        List<Color> colours = Colours.brands(scenario, spec.strategy(), playedBrand);
        JPanel grid = new JPanel(new GridLayout(2, 3));
        for (Metric metric : PER_BRAND) {
            XYSeriesCollection data = new XYSeriesCollection();
            XYSeries[] perBrand = new XYSeries[scenario.brands().size()];
            for (int b = 0; b < perBrand.length; b++) {
                BrandSpec brand = scenario.brands().get(b);
                perBrand[b] = new XYSeries(brand.name() + (b == playedBrand ? " (" + spec.strategy().name() + ")" : ""));
                data.addSeries(perBrand[b]);
            }
            lines.add(perBrand);
            JFreeChart chart = ChartFactory.createXYLineChart(title(metric), "week", null, data,
                    PlotOrientation.VERTICAL, true, false, false);
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
            for (int b = 0; b < perBrand.length; b++) {
                renderer.setSeriesPaint(b, colours.get(b));
                renderer.setSeriesStroke(b, new BasicStroke(2f));
            }
            style(chart).setRenderer(renderer);
            grid.add(panel(chart));
        }
        frames.add(frame("Rapport: brands", grid));
        DefaultTableXYDataset stacked = new DefaultTableXYDataset();
        StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
        for (Stage stage : Stage.values()) {
            funnel[stage.ordinal()] = new XYSeries(stage.name().toLowerCase(Locale.ROOT), true, false);
            stacked.addSeries(funnel[stage.ordinal()]);
            renderer.setSeriesPaint(stage.ordinal(), Colours.of(stage));
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Funnel of " + scenario.brands().get(playedBrand).name(),
                "week", "people", stacked, PlotOrientation.VERTICAL, true, false, false);
        style(chart).setRenderer(renderer);
        frames.add(frame("Rapport: funnel", panel(chart)));
    }

    private static String title(Metric metric) {
        String words = metric.column().replace('_', ' ');
        return metric == Metric.NPS ? "NPS" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static XYPlot style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xE3E3E3));
        plot.setRangeGridlinePaint(new Color(0xE3E3E3));
        return plot;
    }

    private static ChartPanel panel(JFreeChart chart) {
        ChartPanel panel = new ChartPanel(chart);
        panel.setPreferredSize(new Dimension(360, 260));
        return panel;
    }

    private static JFrame frame(String title, java.awt.Component content) {
        JFrame frame = new JFrame(title);
        frame.getContentPane().add(content);
        frame.pack();
        return frame;
    }

    List<JFrame> frames() {
        return frames;
    }

    /** Empties the charts for a new run, whose series starts empty. */
    void restart(MarketModel model) {
        SwingUtilities.invokeLater(() -> {
            seen = 0;
            lines.forEach(perBrand -> {
                for (XYSeries s : perBrand) {
                    s.clear();
                }
            });
            for (XYSeries s : funnel) {
                s.clear();
            }
            playedBrand = model.runSpec().strategyBrand();
            take();
        });
    }

    /** Adds the rows recorded since the last update, on Swing's thread. */
    void update() {
        SwingUtilities.invokeLater(this::take);
    }

    private void take() {
        List<LiveSeries.Row> rows = series.since(seen);
        seen += rows.size();
        for (LiveSeries.Row row : rows) {
            for (int m = 0; m < PER_BRAND.size(); m++) {
                lines.get(m)[row.brand()].add(row.week(), row.value(PER_BRAND.get(m)));
            }
            if (row.brand() == playedBrand) {
                // addOrUpdate: the stacked dataset puts every x in every series as soon as one has it.
                for (Stage stage : Stage.values()) {
                    funnel[stage.ordinal()].addOrUpdate(row.week(), row.values()[stage.ordinal()]);
                }
            }
        }
    }
}
