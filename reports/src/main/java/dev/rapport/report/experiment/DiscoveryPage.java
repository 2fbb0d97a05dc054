package dev.rapport.report.experiment;

import static dev.rapport.report.experiment.ExperimentFolder.list;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.report.ReportException;
import dev.rapport.report.chart.Chart;
import dev.rapport.report.chart.PeelingChart;
import dev.rapport.report.chart.PrimBoxChart;
import dev.rapport.report.html.TableView;
import dev.rapport.report.results.CsvCells;
import dev.rapport.report.results.ExperimentTables;
import dev.rapport.report.results.ExperimentTables.PeelingStep;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The report of {@code rapport discover}: the question and the box sentence the command printed
 * ({@code discovery.json}'s {@code finding}), PRIM's peeling chart, the chosen box among the futures
 * (from {@code points.csv} and {@code box.csv}, when the folder holds them), and the trajectory of
 * boxes.
 */
final class DiscoveryPage {
    private static final String POINTS_CSV = "points.csv";
    private static final String BOX_CSV = "box.csv";

    private DiscoveryPage() {
    }

    static ExperimentContent read(ExperimentFolder folder) {
        JsonNode record = folder.record();
        String question = record.path("a").asText("A") + " beats " + record.path("b").asText("B");
        List<PeelingStep> steps = ExperimentTables.peeling(folder.dir());
        if (steps.isEmpty()) {
            throw new ReportException(ReportException.Code.NO_DATA, "discovery.csv in " + folder.dir()
                    + " has no boxes; run `rapport discover` again to rewrite it", folder.dir());
        }
        List<Map<String, String>> rows = folder.table(ExperimentTables.DISCOVERY_CSV);
        String finding = record.path("finding").asText("");
        if (finding.isEmpty()) {
            PeelingStep chosen = steps.stream().filter(PeelingStep::chosen).findFirst().orElse(steps.get(steps.size() - 1));
            finding = String.format(Locale.ROOT, "In the chosen box (%s) %s in %.0f%% of futures, and it holds %.0f%% "
                    + "of all futures where %s.", chosen.box(), question, 100 * chosen.density(), 100 * chosen.coverage(),
                    question);
        }
        String summary = "Scenario discovery of where " + question + " on "
                + record.path("objective").asText("the objective") + ", over futures varying "
                + list(folder.sweptParameters()) + ": " + folder.sweepRuns() + ". " + finding;
        List<List<String>> cells = new ArrayList<>();
        for (Map<String, String> r : rows) {
            cells.add(List.of(r.getOrDefault("step", ""), r.getOrDefault("points", ""), r.getOrDefault("of_interest", ""),
                    share(ExperimentTables.number(r, "coverage")), share(ExperimentTables.number(r, "density")),
                    share(ExperimentTables.number(r, "mass")),
                    Boolean.parseBoolean(r.get("pasted")) ? "pasted" : "peeled",
                    Boolean.parseBoolean(r.get("chosen")) ? "chosen" : "", r.getOrDefault("box", "")));
        }
        TableView table = new TableView("PRIM's boxes", "From discovery.csv: one row per box, from all futures through "
                + "each peel and paste; coverage: share of all futures of interest inside; density: share of the box's "
                + "futures of interest; mass: share of all futures inside.",
                List.of("Step", "Futures", "Of interest", "Coverage", "Density", "Mass", "From", "Chosen", "Box"),
                List.of(true, true, true, true, true, true, false, false, false), cells);
        return new ExperimentContent(folder.sweepRuns() + folder.finished(), "", summary,
                charts(folder, record, steps, rows, question), table);
    }

    /** PRIM's trajectory and, when the folder holds the futures and the box, the box among the futures. */
    private static List<Chart> charts(ExperimentFolder folder, JsonNode record, List<PeelingStep> steps,
                                      List<Map<String, String>> rows, String question) {
        List<Chart> charts = new ArrayList<>(List.of(PeelingChart.build(steps, question)));
        if (Files.isRegularFile(folder.dir().resolve(POINTS_CSV)) && Files.isRegularFile(folder.dir().resolve(BOX_CSV))
                && record.path("a").isTextual() && record.path("b").isTextual()) {
            boxChart(folder, record, rows, question).ifPresent(charts::add);
        }
        return charts;
    }

    private static Optional<Chart> boxChart(ExperimentFolder folder, JsonNode record, List<Map<String, String>> rows,
                                            String question) {
        String a = record.path("a").asText();
        String b = record.path("b").asText();
        String objective = record.path("objective").asText("cumulative_profit");
        List<String> parameters = folder.sweptParameters();
        Map<String, double[]> limits = new LinkedHashMap<>();
        List<String> restricted = new ArrayList<>();
        for (Map<String, String> r : folder.table(BOX_CSV)) {
            String p = CsvCells.restore(r.get("parameter"));
            boolean low = Boolean.parseBoolean(r.get("restricts_low"));
            boolean high = Boolean.parseBoolean(r.get("restricts_high"));
            limits.put(p, new double[] {low ? ExperimentTables.number(r, "low") : Double.NaN,
                    high ? ExperimentTables.number(r, "high") : Double.NaN});
            if (low || high) {
                restricted.add(p);
            }
        }
        List<String> axes = new ArrayList<>(restricted);
        parameters.stream().filter(p -> !axes.contains(p)).forEach(axes::add);
        if (axes.isEmpty()) {
            return Optional.empty();
        }
        Map<String, double[]> futures = new LinkedHashMap<>(); // point -> {x, y or NaN, mean of a, mean of b}
        for (Map<String, String> r : folder.table(POINTS_CSV)) {
            String strategy = r.get("strategy");
            if (!objective.equals(r.get("metric")) || !(a.equals(strategy) || b.equals(strategy))) {
                continue;
            }
            double[] f = futures.computeIfAbsent(r.get("point"), k -> new double[] {
                    ExperimentTables.number(r, axes.get(0)),
                    axes.size() > 1 ? ExperimentTables.number(r, axes.get(1)) : Double.NaN, Double.NaN, Double.NaN});
            f[a.equals(strategy) ? 2 : 3] = ExperimentTables.number(r, "mean");
        }
        List<PrimBoxChart.Future> drawn = new ArrayList<>();
        for (double[] f : futures.values()) {
            double y = axes.size() > 1 ? f[1] : f[2] - f[3];
            drawn.add(new PrimBoxChart.Future(f[0], y, f[2] > f[3]));
        }
        double[] x = limits.getOrDefault(axes.get(0), new double[] {Double.NaN, Double.NaN});
        double[] y = axes.size() > 1 ? limits.getOrDefault(axes.get(1), new double[] {Double.NaN, Double.NaN})
                : new double[] {Double.NaN, Double.NaN};
        Map<String, String> chosen = rows.stream().filter(r -> Boolean.parseBoolean(r.get("chosen"))).findFirst()
                .orElse(rows.get(rows.size() - 1));
        return Optional.of(PrimBoxChart.of(question, axes.get(0), axes.size() > 1 ? axes.get(1) : a + " - " + b + " ("
                        + objective + ")", drawn, new PrimBoxChart.Limits(x[0], x[1], y[0], y[1]),
                (int) ExperimentTables.number(chosen, "of_interest"), ExperimentTables.number(chosen, "density"),
                ExperimentTables.number(chosen, "coverage"), restricted.size() > 2 ? restricted.subList(2, restricted.size())
                        : List.of()));
    }

    private static String share(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.0f%%", 100 * v);
    }
}
