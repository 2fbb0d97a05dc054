package dev.rapport.report.experiment;

import static dev.rapport.report.experiment.ExperimentFolder.list;
import static dev.rapport.report.experiment.ExperimentFolder.number;
import static dev.rapport.report.experiment.ExperimentFolder.replications;
import static dev.rapport.report.experiment.ExperimentFolder.withInterval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.report.chart.CalibrationFitChart;
import dev.rapport.report.chart.Chart;
import dev.rapport.report.html.TableView;
import dev.rapport.report.results.ExperimentTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report of {@code rapport calibrate}: each fitted value with its profile interval, the ones
 * the data cannot pin down flagged NOT IDENTIFIED ({@code calibration.csv}), the chart of observed
 * against simulated ({@code fit.csv}), and the estimates' table.
 */
final class CalibrationPage {
    static final String FIT_CSV = "fit.csv";

    private CalibrationPage() {
    }

    static ExperimentContent read(ExperimentFolder folder) {
        JsonNode record = folder.record();
        List<Map<String, String>> rows = folder.table(ExperimentKind.CALIBRATION.table());
        List<String> fitted = new ArrayList<>();
        List<String> unidentified = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        for (Map<String, String> r : rows) {
            String parameter = r.getOrDefault("parameter", "");
            boolean identified = !"false".equalsIgnoreCase(r.getOrDefault("identified", "true"));
            String value = withInterval(ExperimentTables.number(r, "estimate"), ExperimentTables.number(r, "ci_low"),
                    ExperimentTables.number(r, "ci_high"));
            fitted.add(parameter + " = " + value + (identified ? "" : " NOT IDENTIFIED"));
            if (!identified) {
                unidentified.add(parameter);
            }
            cells.add(List.of(parameter, number(ExperimentTables.number(r, "estimate")),
                    number(ExperimentTables.number(r, "ci_low")) + " to " + number(ExperimentTables.number(r, "ci_high")),
                    number(ExperimentTables.number(r, "low")) + " to " + number(ExperimentTables.number(r, "high")),
                    identified ? "yes" : "NOT IDENTIFIED"));
        }
        String data = record.path("data").asText("the observed data");
        StringBuilder summary = new StringBuilder("Calibration of " + list(rows.stream()
                .map(r -> r.getOrDefault("parameter", "")).toList()) + " to " + record.path("observations").asInt()
                + " observations in " + data + ", " + record.path("evaluations_used").asInt() + " evaluations of "
                + replications(record.path("replications").asInt()) + " each ("
                + record.path("method").asText("CMA-ES")
                + "). Fitted values with their 95% profile intervals: " + list(fitted) + ".");
        if (!unidentified.isEmpty()) {
            summary.append(" The data cannot pin down ").append(list(unidentified))
                    .append(" (a flat profile): do not plan on ").append(unidentified.size() == 1 ? "it" : "them").append('.');
        }
        List<Chart> charts = new ArrayList<>();
        Path fit = folder.dir().resolve(FIT_CSV);
        if (Files.isRegularFile(fit)) {
            charts.add(CalibrationFitChart.of(CalibrationFitChart.read(fit)));
        }
        TableView table = new TableView("Fitted values", "From calibration.csv: each value's estimate, its 95% "
                + "profile-likelihood interval and the range searched; NOT IDENTIFIED where the profile stays flat across "
                + "the range.", List.of("Parameter", "Estimate", "95% interval", "Range searched", "Identified"),
                List.of(false, true, true, true, false), cells);
        String meta = record.path("evaluations_used").asInt() + " evaluations × "
                + replications(record.path("replications").asInt()) + "; best loss "
                + number(record.path("best_loss").asDouble(Double.NaN)) + folder.finished();
        boolean complete = record.path("complete").asBoolean(true);
        return new ExperimentContent(meta, complete ? "" : "Unfinished: resume the calibration with "
                + "`rapport calibrate SCENARIO --data FILE --out FOLDER --resume`.", summary.toString(), charts, table);
    }
}
