package dev.rapport.report.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.rapport.report.metrics.Wording;
import dev.rapport.report.results.ExperimentTables;
import dev.rapport.report.results.JsonFiles;
import dev.rapport.report.results.RunManifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An experiment's folder as its report reads it: the experiment's JSON record, the sweep's record
 * and the manifest when present, and its tables by name; with the few ways its numbers are written.
 *
 * @param dir  the folder
 * @param kind the experiment it holds
 */
record ExperimentFolder(Path dir, ExperimentKind kind) {

    /** @return the experiment's JSON record, or a missing node when it is absent */
    JsonNode record() {
        return json(kind.record());
    }

    /** @return {@code sweep.json} (sweep, sensitivity, discovery), or a missing node */
    JsonNode sweep() {
        return json("sweep.json");
    }

    /** @return {@code manifest.json}, or a missing node */
    JsonNode manifest() {
        return json("manifest.json");
    }

    /** @return the market's currency code ({@code market.currency} in {@code scenario.json}), or null */
    String currency() {
        String code = json("scenario.json").path("market").path("currency").asText("");
        return code.isEmpty() ? null : code;
    }

    /** @return the rows of a table of the folder */
    List<Map<String, String>> table(String fileName) {
        return ExperimentTables.rows(dir, fileName);
    }

    /** @return the scenario's name from the manifest, else the folder's name */
    String scenarioName() {
        JsonNode manifest = manifest();
        if (manifest.isObject()) {
            var name = RunManifest.from(manifest).scenarioName();
            if (name.isPresent()) {
                return name.get();
            }
        }
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return name == null ? "Rapport experiment" : name.toString();
    }

    /**
     * How the experiment's command names its objective on its charts: "cumulative_profit of acme
     * at week 156 under invest", the brand and week from the manifest when it has them.
     */
    String objectiveLabel(String objective, String strategy) {
        JsonNode manifest = manifest();
        String where = "";
        if (manifest.isObject()) {
            RunManifest m = RunManifest.from(manifest);
            where = m.focalBrand().map(b -> " of " + b).orElse("")
                    + (m.horizonWeeks().isPresent() ? " at week " + number(m.horizonWeeks().getAsDouble()) : "");
        }
        return objective + where + " under " + strategy;
    }

    /** "varied a, b and c" from {@code sweep.json}'s parameters, or empty */
    List<String> sweptParameters() {
        List<String> paths = new ArrayList<>();
        sweep().path("parameters").forEach(p -> paths.add(p.path("path").asText()));
        return paths;
    }

    /** "120 runs (20 points × 3 replications × 2 strategies, design latin_hypercube)", from {@code sweep.json} */
    String sweepRuns() {
        JsonNode s = sweep();
        if (!s.isObject()) {
            return "runs not recorded (no sweep.json)";
        }
        return s.path("runs_finished").asInt() + " runs (" + s.path("points").asInt() + " points × "
                + replications(s.path("replications").asInt()) + " × " + s.path("strategies").size()
                + (s.path("strategies").size() == 1 ? " strategy" : " strategies") + ", design " + s.path("design").asText()
                + ")";
    }

    /** The experiment's meta line end: "; finished 26 November 2026, 10:00 UTC" from the manifest, or "" */
    String finished() {
        String finished = manifest().path("finished").asText("");
        return finished.isEmpty() ? "" : "; finished " + Wording.timestamp(finished);
    }

    private JsonNode json(String fileName) {
        Path file = dir.resolve(fileName);
        return Files.isRegularFile(file) ? new JsonFiles().readObject(file) : MissingNode.getInstance();
    }

    /** Large values with thousands separators, small ones to four significant digits; NaN as "n/a". */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return Math.abs(v) >= 1000 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.4g", v);
    }

    /** "12.5 (10.1 to 14.9)", or the value alone when the interval is unknown */
    static String withInterval(double value, double low, double high) {
        return number(value) + (Double.isNaN(low) || Double.isNaN(high) ? ""
                : " (" + number(low) + " to " + number(high) + ")");
    }

    /** "1 replication", "4 replications" */
    static String replications(int n) {
        return n + (n == 1 ? " replication" : " replications");
    }

    /** "a", "a and b", "a, b and c" */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
