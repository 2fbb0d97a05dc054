package dev.rapport.experiment.calibrate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.experiment.ResultFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code calibration.json}: what was fitted to what and how (written at the start, so that a
 * stopped calibration can be resumed only as the same calibration), and once complete the best
 * loss, the interval cut and the estimates.
 */
final class CalibrationRecord {
    private CalibrationRecord() {
    }

    static Map<String, Object> of(CalibrationPlan plan, CalibrationOutcome outcome, boolean complete) {
        Map<String, Object> out = new LinkedHashMap<>(settings(plan));
        out.put("complete", complete);
        if (outcome != null && outcome.best() != null) {
            out.put("best_loss", outcome.best().loss());
            out.put("best_loss_error", outcome.best().lossError());
            out.put("loss_cut", outcome.loss().cut(outcome.best().loss(), outcome.best().lossError()));
            out.put("evaluations_used", outcome.trace().size());
            List<Map<String, Object>> estimates = new ArrayList<>();
            for (Profile p : outcome.profiles()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("path", p.parameter().path());
                e.put("estimate", p.estimate());
                e.put("ci_low", p.low());
                e.put("ci_high", p.high());
                e.put("identified", p.identified());
                estimates.add(e);
            }
            out.put("estimates", estimates);
        }
        return out;
    }

    /** What makes two calibrations the same one. */
    private static Map<String, Object> settings(CalibrationPlan plan) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("data", plan.data().source());
        out.put("data_sha256", plan.data().fingerprint());
        out.put("observations", plan.data().size());
        out.put("strategy", plan.strategy());
        List<Map<String, Object>> fits = new ArrayList<>();
        for (CalibrationPlan.Parameter p : plan.parameters()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("path", p.path());
            f.put("low", p.low());
            f.put("high", p.high());
            f.put("start", p.start());
            fits.add(f);
        }
        out.put("parameters", fits);
        out.put("method", plan.method().label());
        out.put("evaluations", plan.evaluations());
        out.put("replications", plan.replications());
        out.put("profile_points", plan.profilePoints());
        out.put("profile_evaluations", plan.profileEvaluations());
        out.put("optimiser_seed", plan.seed());
        out.put("loss", "sum of squared relative errors (each series scaled by its mean absolute observed value); "
                + "95% profile interval where loss <= best*exp(3.841/n) + 2*(best's jackknife standard error)");
        return out;
    }

    /** Why the calibration recorded in {@code folder} is not {@code plan}'s, or null when it is. */
    static String differs(Path folder, CalibrationPlan plan) {
        JsonNode recorded;
        try {
            recorded = ResultFiles.json().readTree(folder.resolve(CalibrationFiles.CALIBRATION_JSON).toFile());
        } catch (IOException e) {
            return "its calibration.json cannot be read";
        }
        JsonNode now = ResultFiles.json().valueToTree(settings(plan));
        for (var it = now.fields(); it.hasNext(); ) {
            var field = it.next();
            if (field.getKey().equals("data")) {
                continue; // the same data may have moved
            }
            JsonNode was = recorded.get(field.getKey());
            // As text: a seed read back is an int node where the one written was a long.
            if (was == null || !field.getValue().toString().equals(was.toString())) {
                return "its " + field.getKey() + " was " + recorded.get(field.getKey()) + ", now " + field.getValue();
            }
        }
        return null;
    }
}
