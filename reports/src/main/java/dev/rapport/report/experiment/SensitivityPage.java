package dev.rapport.report.experiment;

import static dev.rapport.report.experiment.ExperimentFolder.list;
import static dev.rapport.report.experiment.ExperimentFolder.withInterval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.report.chart.SensitivityCharts;
import dev.rapport.report.html.TableView;
import dev.rapport.report.results.ExperimentTables;
import dev.rapport.report.results.ExperimentTables.SensitivityRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report of {@code rapport sensitivity}: the parameters ranked by the method's statistic
 * (swing, mu* or the total Sobol index; {@code sensitivity.csv} lists them most important first),
 * the method's chart, and a row per parameter with every statistic.
 */
final class SensitivityPage {
    /** Per method, the statistic that ranks and how the summary names it. */
    private static final Map<String, Ranking> RANKING = Map.of(
            "oat", new Ranking("swing", "swing (objective at its high minus at its low)", "One-at-a-time"),
            "morris", new Ranking("mu_star", "mu* (mean absolute elementary effect)", "Morris screening"),
            "sobol", new Ranking("total", "total Sobol index (share of the variance, with interactions)", "Sobol indices"));

    /** The statistic that ranks, its words, and the method's name. */
    private record Ranking(String statistic, String words, String method) {
    }

    private SensitivityPage() {
    }

    static ExperimentContent read(ExperimentFolder folder) {
        List<SensitivityRow> rows = ExperimentTables.sensitivity(folder.dir());
        JsonNode record = folder.record();
        String objective = folder.objectiveLabel(record.path("objective").asText("the objective"),
                record.path("strategy").asText("the strategy"));
        Map<String, Map<String, SensitivityRow>> byParameter = new LinkedHashMap<>();
        List<String> statistics = new ArrayList<>();
        String method = rows.isEmpty() ? record.path("method").asText() : rows.get(0).method();
        for (SensitivityRow r : rows) {
            byParameter.computeIfAbsent(r.parameter(), p -> new LinkedHashMap<>()).put(r.statistic(), r);
            if (!statistics.contains(r.statistic())) {
                statistics.add(r.statistic());
            }
        }
        Ranking ranking = RANKING.getOrDefault(method, new Ranking(statistics.isEmpty() ? "" : statistics.get(0),
                statistics.isEmpty() ? "" : statistics.get(0), method));
        List<String> ranked = new ArrayList<>();
        byParameter.forEach((parameter, stats) -> {
            SensitivityRow r = stats.get(ranking.statistic());
            ranked.add(parameter + (r == null ? "" : " " + withInterval(r.value(), r.ciLow(), r.ciHigh())));
        });
        String summary = ranking.method() + " sensitivity of " + objective + " to " + byParameter.size()
                + (byParameter.size() == 1 ? " parameter" : " parameters") + " over " + folder.sweepRuns()
                + ". Ranked by " + ranking.words() + ", most important first: " + list(ranked) + ".";
        List<String> columns = new ArrayList<>(List.of("Parameter"));
        columns.addAll(statistics);
        List<Boolean> numeric = new ArrayList<>(List.of(false));
        statistics.forEach(s -> numeric.add(true));
        List<List<String>> cells = new ArrayList<>();
        byParameter.forEach((parameter, stats) -> {
            List<String> line = new ArrayList<>(List.of(parameter));
            for (String s : statistics) {
                SensitivityRow r = stats.get(s);
                line.add(r == null ? "" : withInterval(r.value(), r.ciLow(), r.ciHigh()));
            }
            cells.add(line);
        });
        TableView table = new TableView("Sensitivity by parameter", "From sensitivity.csv: one row per parameter, "
                + "most important first; bootstrap intervals in brackets where the method gives them.", columns,
                numeric, cells);
        return new ExperimentContent(folder.sweepRuns() + folder.finished(), "", summary,
                SensitivityCharts.build(rows, objective), table);
    }
}
