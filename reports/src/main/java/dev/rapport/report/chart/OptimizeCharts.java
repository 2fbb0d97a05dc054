package dev.rapport.report.chart;

import dev.rapport.report.ReportException;
import dev.rapport.report.metrics.ValueFormat;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The charts of {@code rapport optimize}, drawn from its tables ({@code trace.csv},
 * {@code response.csv}; docs/results-format.md): the optimiser's trace (every evaluation's
 * objective and the best so far) and the response curves (incremental profit against each lever's
 * spend, the others at the optimum, with the interval and the optimum marked).
 */
public final class OptimizeCharts {
    private static final List<Color> LEVER_COLOURS = List.of(StrategyPalette.BLUE, StrategyPalette.VERMILLION,
            StrategyPalette.BLUISH_GREEN, StrategyPalette.ORANGE, StrategyPalette.REDDISH_PURPLE, StrategyPalette.SKY_BLUE,
            StrategyPalette.BLACK);

    /** One evaluation of the trace. */
    public record Evaluation(int evaluation, double objective, double bestSoFar) {
    }

    /** One point of a lever's response curve, with its interval. */
    public record Response(String lever, double spend, double mean, double low, double high, boolean optimum,
                           Double marginalReturn) {
    }

    private OptimizeCharts() {
    }

    /**
     * Both charts from an optimisation's folder.
     *
     * @param objective the objective's name, for the trace's axis
     * @throws ReportException {@code MALFORMED_FILE} when a table cannot be read
     */
    public static List<Chart> of(Path folder, String objective) {
        try {
            return List.of(trace(readTrace(folder.resolve("trace.csv")), objective),
                    response(readResponse(folder.resolve("response.csv"))));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new ReportException(ReportException.Code.MALFORMED_FILE, "cannot read the optimisation's tables in "
                    + folder + ": " + e.getMessage(), e, folder);
        }
    }

    /** Every evaluation's objective as a dot, the best so far as a line. */
    public static Chart trace(List<Evaluation> evaluations, String objective) {
        XYSeries each = new XYSeries("evaluation");
        XYSeries best = new XYSeries("best so far");
        for (Evaluation e : evaluations) {
            each.add(e.evaluation(), e.objective());
            best.add(e.evaluation(), e.bestSoFar());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(each);
        data.addSeries(best);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesLinesVisible(0, false);
        renderer.setSeriesShapesVisible(0, true);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        renderer.setSeriesPaint(0, StrategyPalette.BASELINE_GREY);
        renderer.setSeriesLinesVisible(1, true);
        renderer.setSeriesShapesVisible(1, false);
        renderer.setSeriesPaint(1, StrategyPalette.BLUE);
        renderer.setSeriesStroke(1, ChartStyle.LINE);
        NumberAxis x = new NumberAxis("Evaluation");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ChartStyle.axis(x);
        XYPlot plot = new XYPlot(data, x, ChartStyle.valueAxis(objective, ValueFormat.CURRENCY.axisFormat(), false), renderer);
        ChartStyle.plot(plot);
        JFreeChart chart = new JFreeChart(plot);
        ChartStyle.finish(chart, "Optimiser trace", "Each candidate's mean " + objective
                + " over the same replications (dots) and the best so far (line)");
        ChartStyle.legend(chart);
        String caption;
        if (evaluations.isEmpty()) {
            caption = "No evaluation finished.";
        } else {
            Evaluation last = evaluations.get(evaluations.size() - 1);
            int found = evaluations.stream().filter(e -> e.objective() == last.bestSoFar()).findFirst()
                    .map(Evaluation::evaluation).orElse(last.evaluation());
            caption = "The best candidate, " + ValueFormat.CURRENCY.format(last.bestSoFar()) + ", was found at evaluation "
                    + found + " of " + last.evaluation() + "; the first candidate made "
                    + ValueFormat.CURRENCY.format(evaluations.get(0).objective()) + ".";
        }
        return new Chart("optimize-trace", "Optimiser trace", caption, chart);
    }

    /** One curve per lever with its shaded interval; the optimum's point drawn larger. */
    public static Chart response(List<Response> rows) {
        Map<String, List<Response>> byLever = new LinkedHashMap<>();
        rows.forEach(r -> byLever.computeIfAbsent(r.lever(), k -> new ArrayList<>()).add(r));
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setAlpha(ChartStyle.BAND_ALPHA);
        int i = 0;
        String steepest = null;
        double steepestReturn = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, List<Response>> lever : byLever.entrySet()) {
            YIntervalSeries series = new YIntervalSeries(lever.getKey(), true, true);
            for (Response r : lever.getValue()) {
                series.add(r.spend(), r.mean(), Double.isNaN(r.low()) ? r.mean() : r.low(),
                        Double.isNaN(r.high()) ? r.mean() : r.high());
                if (r.optimum() && r.marginalReturn() != null && r.marginalReturn() > steepestReturn) {
                    steepest = r.lever();
                    steepestReturn = r.marginalReturn();
                }
            }
            data.addSeries(series);
            Color colour = LEVER_COLOURS.get(i % LEVER_COLOURS.size());
            renderer.setSeriesPaint(i, colour);
            renderer.setSeriesFillPaint(i, colour);
            renderer.setSeriesStroke(i, ChartStyle.LINE);
            renderer.setSeriesShape(i, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
            i++;
        }
        NumberAxis x = ChartStyle.valueAxis("Spend on the lever over the horizon", ValueFormat.CURRENCY.axisFormat(), true);
        NumberAxis y = ChartStyle.valueAxis("Incremental profit", ValueFormat.CURRENCY.axisFormat(), false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        ChartStyle.plot(plot);
        plot.setDomainGridlinesVisible(false);
        for (Response r : rows) {
            if (r.optimum()) {
                // The optimum's spend of each lever, as a thin rule: where the curves cross it is the plan found.
                plot.addDomainMarker(new org.jfree.chart.plot.ValueMarker(r.spend(), ChartStyle.GRID, new BasicStroke(1f)));
            }
        }
        JFreeChart chart = new JFreeChart(plot);
        ChartStyle.finish(chart, "Response curves at the optimum",
                "Incremental profit against one lever's spend, the others at the optimum; shaded: confidence interval; "
                        + "rules: each lever's spend at the optimum");
        ChartStyle.legend(chart);
        String caption = steepest == null ? "No lever's marginal return at the optimum is known."
                : "At the optimum, one more unit of money returns most in " + steepest + " ("
                + ValueFormat.RATIO.format(steepestReturn) + " of incremental profit per unit of spend).";
        return new Chart("optimize-response", "Response curves at the optimum", caption, chart);
    }

    static List<Evaluation> readTrace(Path file) {
        List<Evaluation> out = new ArrayList<>();
        List<String> lines = lines(file);
        List<String> header = List.of(lines.get(0).split(",", -1));
        int objective = header.indexOf("objective");
        int best = header.indexOf("best_so_far");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            out.add(new Evaluation(Integer.parseInt(f[0]), Double.parseDouble(f[objective]), Double.parseDouble(f[best])));
        }
        return out;
    }

    static List<Response> readResponse(Path file) {
        List<Response> out = new ArrayList<>();
        List<String> lines = lines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            out.add(new Response(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]), number(f[3]), number(f[4]),
                    Boolean.parseBoolean(f[5]), f[6].isEmpty() ? null : Double.parseDouble(f[6])));
        }
        return out;
    }

    private static double number(String text) {
        return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
    }

    private static List<String> lines(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                throw new IOException("no header");
            }
            return lines;
        } catch (IOException e) {
            throw new ReportException(ReportException.Code.MALFORMED_FILE, "cannot read " + file + ": " + e.getMessage(), e, file);
        }
    }
}
