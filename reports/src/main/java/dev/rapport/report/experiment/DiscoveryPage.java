package dev.rapport.report.experiment;

import static dev.rapport.report.experiment.ExperimentFolder.list;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.report.ReportException;
import dev.rapport.report.chart.PeelingChart;
import dev.rapport.report.html.TableView;
import dev.rapport.report.results.ExperimentTables;
import dev.rapport.report.results.ExperimentTables.PeelingStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report of {@code rapport discover}: the question and the box sentence the command printed
 * ({@code discovery.json}'s {@code finding}), PRIM's peeling chart, and the trajectory of boxes.
 */
final class DiscoveryPage {
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
                List.of(PeelingChart.build(steps, question)), table);
    }

    private static String share(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.0f%%", 100 * v);
    }
}
