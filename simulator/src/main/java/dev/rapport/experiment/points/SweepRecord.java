package dev.rapport.experiment.points;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.experiment.ResultFiles;
import dev.rapport.experiment.RunFailure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code sweep.json}: what a sweep varied and how far it got, beside the manifest. The first five
 * fields define the sweep; a resumed sweep must have the same ones.
 *
 * @param points       how many points the design placed
 * @param runs         points x strategies x replications
 * @param runsFinished runs whose results the folder holds
 * @param complete     every run finished
 * @param failures     the runs that threw, each with its point and the seed that reproduces it
 */
public record SweepRecord(String design, int points, int replications, List<SweepPlan.Parameter> parameters,
                          List<String> strategies, List<String> metrics, long runs, long runsFinished,
                          boolean complete, List<Failed> failures) {

    public SweepRecord {
        parameters = List.copyOf(parameters);
        strategies = List.copyOf(strategies);
        metrics = List.copyOf(metrics);
        failures = List.copyOf(failures);
    }

    /** A run that threw. */
    public record Failed(int point, List<String> settings, String strategy, int replication, long seed, String error) {
        RunFailure asRunFailure() {
            return new RunFailure(replication, strategy, seed, "point " + point + " " + settings + ": " + error);
        }
    }

    static SweepRecord of(SweepPlan plan, long finished, List<Failed> failures, boolean complete) {
        return new SweepRecord(plan.design(), plan.points().size(), plan.replications(),
                plan.parameters(), plan.strategies(), plan.metrics().columns(), plan.layout().runs(), finished, complete,
                failures);
    }

    /**
     * Why the sweep in {@code folder} is not the sweep {@code plan} would run, or null when it is
     * (same design, points, replications and parameters): only then may its runs be resumed.
     */
    public static String differs(Path folder, SweepPlan plan) {
        JsonNode earlier;
        try {
            earlier = ResultFiles.json().readTree(folder.resolve(Sweep.SWEEP_JSON).toFile());
        } catch (IOException e) {
            return "its " + Sweep.SWEEP_JSON + " cannot be read: " + e.getMessage();
        }
        JsonNode now = ResultFiles.json().valueToTree(of(plan, 0, List.of(), false));
        for (String field : List.of("design", "points", "replications", "parameters", "strategies", "metrics")) {
            if (earlier == null || !now.path(field).equals(earlier.path(field))) {
                return "its " + field.replace('_', ' ') + " " + (earlier == null ? "(none)" : earlier.path(field))
                        + " differ from this sweep's " + now.path(field) + (field.equals("strategies")
                        ? " (sensitivity and discover run only the strategies their analysis needs; a folder made "
                        + "before they did, or for another strategy or objective, holds other runs)" : "");
            }
        }
        return null;
    }
}
