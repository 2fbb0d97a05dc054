package dev.rapport.experiment.sensitivity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.experiment.Numbers;
import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.ProgressListener;
import dev.rapport.experiment.ResultFiles;
import dev.rapport.experiment.StopSignal;
import dev.rapport.experiment.points.PointMeans;
import dev.rapport.experiment.points.RunExecutor;
import dev.rapport.experiment.points.RunFunction;
import dev.rapport.experiment.points.SeedNoise;
import dev.rapport.experiment.points.Sweep;
import dev.rapport.experiment.points.SweepOutcome;
import dev.rapport.experiment.points.SweepPlan;
import dev.rapport.experiment.points.SweepRecord;
import dev.rapport.experiment.points.TidyCsv;
import dev.rapport.report.ExperimentCharts;
import dev.rapport.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code rapport sensitivity}'s experiment: the points of a one-at-a-time, Morris or Saltelli
 * design over the parameters' ranges, run as a sweep (the same engine, store, per-run files and
 * resumption), then the objective of one strategy, averaged over the replications at each point
 * (common random numbers: the same seeds everywhere, so seed noise largely cancels between
 * points), handed to the method's estimator. Only that strategy runs, and the baseline beside it
 * when the objective is incremental; how much seed noise is left is measured ({@link SeedNoise}). Writes {@code sensitivity.csv}, {@code sensitivity.json}
 * and the charts beside the sweep's files.
 */
public final class Sensitivity {
    public static final String SENSITIVITY_CSV = "sensitivity.csv";
    public static final String SENSITIVITY_JSON = "sensitivity.json";

    private final SweepPlan plan;
    private final SensitivitySettings settings;
    private final SensitivityDesign design;
    private final String strategy;
    private final String objective;

    private Sensitivity(SweepPlan plan, SensitivitySettings settings, SensitivityDesign design, String strategy,
                        String objective) {
        this.plan = plan;
        this.settings = settings;
        this.design = design;
        this.strategy = strategy;
        this.objective = objective;
    }

    /**
     * @param checked   the parameters checked against the scenario (a sweep plan; its points are replaced)
     * @param strategy  whose objective is analysed; null: the scenario's first strategy
     * @param objective the metric analysed; null: the scenario's objective
     * @throws IllegalArgumentException naming the strategies or metrics there are, when one is unknown
     */
    public static Sensitivity of(SweepPlan checked, SensitivitySettings settings, String strategy, String objective) {
        String s = strategy != null ? strategy : checked.strategies().get(0);
        if (!checked.strategies().contains(s)) {
            throw new IllegalArgumentException("--strategy " + s + " is not a strategy of the scenario; it has "
                    + String.join(", ", checked.strategies()));
        }
        String o = objective != null ? objective : checked.scenario().scenario().outputs().objective();
        if (!checked.metrics().columns().contains(o)) {
            throw new IllegalArgumentException("--objective " + o + " is not a metric an experiment reports; choose one of "
                    + String.join(", ", checked.metrics().columns()));
        }
        SensitivityDesign design = new SensitivityDesign(settings, checked.parameters().size());
        SweepPlan plan = checked.onlyFor(List.of(s), o).over(settings.method().design(), design.unitPoints());
        return new Sensitivity(plan, settings, design, s, o);
    }

    /** The experiment as a sweep: its points, strategies and replications. */
    public SweepPlan plan() {
        return plan;
    }

    public SensitivitySettings settings() {
        return settings;
    }

    public String strategy() {
        return strategy;
    }

    public String objective() {
        return objective;
    }

    /** How axes and the terminal name what is analysed: "cumulative_profit of acme at week 156 under invest". */
    public String objectiveLabel() {
        Scenario s = plan.scenario().scenario();
        return objective + " of " + s.focalBrand().name() + " at week " + Numbers.format(s.ticks() * s.time().tick().weeks())
                + " under " + strategy;
    }

    /**
     * What the experiment achieved, and its statistics and the seed noise left in them when every
     * run finished (else empty and null).
     */
    public record Outcome(SweepOutcome sweep, List<SensitivityRow> rows, SeedNoise noise) {
        public Outcome {
            rows = List.copyOf(rows);
        }
    }

    /**
     * Runs what the folder does not hold yet, writes the sweep's files and, once every run has
     * finished, {@code sensitivity.csv} and the charts; the caller commits the folder.
     *
     * @param function one run; null: the model
     */
    public Outcome run(OutputFolder folder, String rapportVersion, RunExecutor executor, int threads,
                       RunFunction function, ProgressListener progress, StopSignal stop) {
        Path dir = folder.work();
        ResultFiles.writeJson(dir.resolve(SENSITIVITY_JSON), record(false, null));
        SweepOutcome sweep = new Sweep(plan, executor, threads, function).run(folder, rapportVersion, progress, stop);
        if (!sweep.complete()) {
            return new Outcome(sweep, List.of(), null);
        }
        double[] y = PointMeans.read(dir, plan.points().size(), strategy, objective);
        List<SensitivityRow> rows = design.analyse(y, plan.parameters().stream().map(SweepPlan.Parameter::path).toList());
        List<List<String>> cells = new ArrayList<>();
        for (SensitivityRow r : rows) {
            cells.add(List.of(r.method(), TidyCsv.name(r.parameter()), r.statistic(), TidyCsv.number(r.value()),
                    TidyCsv.number(r.ciLow()), TidyCsv.number(r.ciHigh())));
        }
        TidyCsv.write(dir.resolve(SENSITIVITY_CSV), List.of("method", "parameter", "statistic", "value", "ci_low", "ci_high"),
                cells);
        SeedNoise noise = SeedNoise.of(PointMeans.readRuns(dir, plan.points().size(), plan.replications(), strategy,
                objective));
        ResultFiles.writeJson(dir.resolve(SENSITIVITY_JSON), record(true, noise));
        ExperimentCharts.writeSensitivity(dir, objectiveLabel());
        return new Outcome(sweep, rows, noise);
    }

    /**
     * {@code sensitivity.json}: the method and its sizes, the strategy and objective analysed. A
     * resumed analysis must have the same (the sweep's own record checks the points).
     *
     * @param replications   at each point
     * @param seedNoiseShare the share of the spread of the point means that seed noise accounts for
     *                       ({@link SeedNoise}); null until complete, or when it cannot be measured
     */
    public record Record(String method, int trajectories, int levels, int baseSamples, int bootstrap, long seed,
                         String strategy, String objective, List<String> parameters, int replications,
                         Double seedNoiseShare, boolean complete) {
    }

    private Record record(boolean complete, SeedNoise noise) {
        return new Record(settings.method().label(), settings.trajectories(), settings.levels(), settings.baseSamples(),
                settings.bootstrap(), settings.seed(), strategy, objective,
                plan.parameters().stream().map(SweepPlan.Parameter::path).toList(), plan.replications(),
                noise == null || !noise.measured() ? null : noise.share(), complete);
    }

    /** Why the analysis in {@code folder} is not this one, or null when it is and may be resumed. */
    public String differs(Path folder) {
        String sweep = SweepRecord.differs(folder, plan);
        if (sweep != null) {
            return sweep;
        }
        JsonNode earlier;
        try {
            earlier = ResultFiles.json().readTree(folder.resolve(SENSITIVITY_JSON).toFile());
        } catch (IOException e) {
            return "its " + SENSITIVITY_JSON + " cannot be read: " + e.getMessage();
        }
        JsonNode now = ResultFiles.json().valueToTree(record(false, null));
        for (String field : List.of("method", "trajectories", "levels", "base_samples", "bootstrap", "seed", "strategy",
                "objective", "parameters")) {
            if (earlier == null || !now.path(field).toString().equals(earlier.path(field).toString())) {
                return "its " + field.replace('_', ' ') + " " + (earlier == null ? "(none)" : earlier.path(field))
                        + " differs from this analysis' " + now.path(field);
            }
        }
        return null;
    }
}
