package dev.rapport.report.chart;

import dev.rapport.report.results.ExperimentTables.PeelingStep;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code rapport discover}'s PRIM trajectory, from the rows of {@code discovery.csv}: each box's
 * coverage (share of all futures of interest it holds) against its density (share of its futures
 * that are of interest). Peeling moves up and left; the chosen box is marked with its description.
 */
public final class PeelingChart {
    private static final Color PEEL = StrategyPalette.BLUE;
    private static final Color PASTE = StrategyPalette.BLUISH_GREEN;

    private PeelingChart() {
    }

    /** @param question what a future of interest is, e.g. "invest beats spend" */
    public static Chart build(List<PeelingStep> steps, String question) {
        XYSeries peeled = new XYSeries("peeling", false);
        XYSeries pasted = new XYSeries("pasting", false);
        PeelingStep chosen = steps.get(steps.size() - 1);
        for (PeelingStep s : steps) {
            (s.pasted() ? pasted : peeled).add(s.coverage(), s.density());
            if (s.chosen()) {
                chosen = s;
            }
        }
        XYSeriesCollection dataset = new XYSeriesCollection(peeled);
        if (pasted.getItemCount() > 0) {
            dataset.addSeries(pasted);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, PEEL);
        renderer.setSeriesPaint(1, PASTE);
        for (int i = 0; i < 2; i++) {
            renderer.setSeriesStroke(i, new BasicStroke(2f));
            renderer.setSeriesShape(i, new Ellipse2D.Double(-4, -4, 8, 8));
        }
        NumberAxis x = ChartStyle.valueAxis("Coverage: share of all futures of interest inside the box", null, true);
        x.setRange(0, 1.02);
        NumberAxis y = ChartStyle.valueAxis("Density: share of the box's futures of interest", null, true);
        y.setRange(0, 1.02);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        ChartStyle.plot(plot);
        XYPointerAnnotation mark = new XYPointerAnnotation("box " + chosen.step(), chosen.coverage(),
                chosen.density(), chosen.coverage() > 0.5 ? Math.PI * 0.75 : Math.PI * 0.25);
        mark.setFont(ChartStyle.ANNOTATION);
        mark.setPaint(ChartStyle.INK);
        mark.setArrowPaint(ChartStyle.INK);
        mark.setTextAnchor(chosen.coverage() > 0.5 ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
        plot.addAnnotation(mark);
        String title = "Where " + question + ": PRIM's boxes";
        JFreeChart chart = ChartStyle.finish(new JFreeChart(plot), title, "Of interest: futures where " + question
                + ". Each dot a box; peeling trades coverage for density. Box " + chosen.step() + ": " + chosen.box());
        ChartStyle.legend(chart);
        String caption = String.format(Locale.ROOT, "In the chosen box (%s) %s in %.0f%% of futures, and it holds %.0f%% "
                + "of all futures where %s.", chosen.box(), question, 100 * chosen.density(), 100 * chosen.coverage(),
                question);
        return new Chart("discovery-peeling", title, caption, chart);
    }
}
