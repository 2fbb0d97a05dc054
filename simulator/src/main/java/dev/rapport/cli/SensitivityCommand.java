package dev.rapport.cli;

import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.ProgressListener;
import dev.rapport.experiment.StopSignal;
import dev.rapport.experiment.points.RunExecutor;
import dev.rapport.experiment.points.SeedNoise;
import dev.rapport.experiment.points.SweepPlan;
import dev.rapport.experiment.sensitivity.Sensitivity;
import dev.rapport.experiment.sensitivity.SensitivityMethod;
import dev.rapport.experiment.sensitivity.SensitivityRow;
import dev.rapport.experiment.sensitivity.SensitivitySettings;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.SweepSpec;
import dev.rapport.scenario.SweptParameter;
import dev.rapport.scenario.bind.Location;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rapport sensitivity}: which of the varied parameters move the objective, by one at a time
 * (a tornado), Morris screening or Sobol indices; runs as a sweep of the method's points (only the
 * strategy analysed, and the baseline when the objective is incremental) and writes
 * {@code sensitivity.csv} and its chart beside the sweep's files, and says how much seed noise is
 * left in the point means.
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Rank the varied parameters by how much they move the objective: one at a time (tornado), "
                + "Morris elementary effects or Sobol indices.")
final class SensitivityCommand extends PointsCommand {

    @Option(names = "--method", paramLabel = "METHOD", required = true, description = "oat, morris or sobol.")
    String method;

    @Option(names = "--trajectories", paramLabel = "R",
            description = "Morris: trajectories, each of (parameters + 1) points (default: 10).")
    int trajectories = SensitivitySettings.DEFAULT_TRAJECTORIES;

    @Option(names = "--levels", paramLabel = "P", description = "Morris: grid levels per parameter, even (default: 4).")
    int levels = SensitivitySettings.DEFAULT_LEVELS;

    @Option(names = "--base-samples", paramLabel = "N",
            description = "Sobol: base samples N; the design has N(parameters + 2) points (default: 64).")
    int baseSamples = SensitivitySettings.DEFAULT_BASE_SAMPLES;

    @Option(names = "--bootstrap", paramLabel = "B", description = "Sobol: bootstrap resamples for the intervals (default: 1000).")
    int bootstrap = SensitivitySettings.DEFAULT_BOOTSTRAP;

    @Option(names = "--strategy", paramLabel = "NAME", description = "Whose objective (default: the scenario's first strategy).")
    String strategy;

    @Option(names = "--objective", paramLabel = "METRIC", description = "The metric analysed (default: the scenario's objective).")
    String objective;

    @Override
    String name() {
        return "sensitivity";
    }

    @Override
    String replicationsHelp() {
        return "Replications at each point (default: " + SeedNoise.DEFAULT_REPLICATIONS + " for morris and sobol, "
                + "whose many points on common seeds matter more than many replications; the scenario's for oat).";
    }

    /** The replications at each point: --replications, else the default of the method. */
    static Integer replications(SensitivityMethod method, Integer given) {
        if (given != null) {
            return given;
        }
        return method == SensitivityMethod.OAT ? null : SeedNoise.DEFAULT_REPLICATIONS;
    }

    @Override
    Experiment prepare(LoadedScenario loaded, List<SweptParameter> parameters, List<Location> origins) {
        SensitivityMethod chosen = SensitivityMethod.byLabel(method)
                .orElseThrow(() -> new UserException("--method must be oat, morris or sobol, not '" + method + "'"));
        Sensitivity sensitivity;
        try {
            SensitivitySettings settings = new SensitivitySettings(chosen, trajectories, levels, baseSamples, bootstrap,
                    loaded.scenario().seed());
            SweepPlan checked = SweepPlan.of(loaded, new SweepSpec(SweepSpec.Design.LATIN_HYPERCUBE, 1,
                    replications(chosen, scenario.replications), parameters), origins);
            sensitivity = Sensitivity.of(checked, settings, strategy, objective);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        return new Experiment() {
            @Override
            public SweepPlan plan() {
                return sensitivity.plan();
            }

            @Override
            public String differs(Path folder) {
                return sensitivity.differs(folder);
            }

            @Override
            public Ran run(OutputFolder folder, RunExecutor executor, int threads, ProgressListener progress, StopSignal stop) {
                Sensitivity.Outcome outcome = sensitivity.run(folder, VersionProvider.version(), executor, threads, null, progress, stop);
                return new Ran(outcome.sweep(), out -> {
                    print(sensitivity, outcome.rows(), scenario.replications == null, out);
                    out.println(capitalised(outcome.noise().sentence()) + ".");
                }, Sensitivity.SENSITIVITY_CSV + ", " + Sensitivity.SENSITIVITY_JSON);
            }
        };
    }

    /**
     * The parameters from the most to the least important, a column per statistic.
     *
     * @param byDefault the replications are the method's default, not --replications
     */
    static void print(Sensitivity sensitivity, List<SensitivityRow> rows, boolean byDefault, PrintWriter out) {
        SweepPlan plan = sensitivity.plan();
        SensitivitySettings s = sensitivity.settings();
        String design = switch (s.method()) {
            case OAT -> "one at a time";
            case MORRIS -> "Morris, " + s.trajectories() + " trajectories on " + s.levels() + " levels";
            case SOBOL -> "Sobol, " + s.baseSamples() + " base samples, " + s.bootstrap() + " bootstrap resamples";
        };
        out.printf(Locale.ROOT, "Sensitivity of %s: %s over %d parameter%s: %d points x %d strateg%s (%s) x %d replications"
                        + "%s = %d runs%n", plan.scenario().scenario().name(), design, plan.parameters().size(),
                plan.parameters().size() == 1 ? "" : "s", plan.points().size(), plan.strategies().size(),
                plan.strategies().size() == 1 ? "y" : "ies", String.join(", ", plan.strategies()),
                plan.replications(), replicationsSource(s.method(), byDefault), plan.layout().runs());
        String rankedBy = switch (s.method()) {
            case OAT -> "swing (|objective at the high - objective at the low|, the others at the middle of their ranges)";
            case MORRIS -> "mu* (mean |effect| of moving the parameter across its whole range)";
            case SOBOL -> "total index (share of the variance, interactions included) [95% bootstrap interval]";
        };
        out.printf(Locale.ROOT, "%s, mean over replications; parameters ranked by %s:%n", sensitivity.objectiveLabel(),
                rankedBy);
        Map<String, Map<String, String>> table = new LinkedHashMap<>();
        List<String> statistics = new ArrayList<>();
        for (SensitivityRow r : rows) {
            if (!statistics.contains(r.statistic())) {
                statistics.add(r.statistic());
            }
            String cell = fmt(r.value()) + (Double.isNaN(r.ciLow()) ? "" : " [" + fmt(r.ciLow()) + ", " + fmt(r.ciHigh()) + "]");
            table.computeIfAbsent(r.parameter(), p -> new LinkedHashMap<>()).put(r.statistic(), cell);
        }
        List<List<String>> lines = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("parameter"));
        header.addAll(statistics);
        lines.add(header);
        table.forEach((parameter, cells) -> {
            List<String> line = new ArrayList<>(List.of(parameter));
            statistics.forEach(st -> line.add(cells.getOrDefault(st, "")));
            lines.add(line);
        });
        int[] width = new int[header.size()];
        lines.forEach(l -> {
            for (int c = 0; c < l.size(); c++) {
                width[c] = Math.max(width[c], l.get(c).length());
            }
        });
        for (List<String> l : lines) {
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < l.size(); c++) {
                b.append(c == 0 ? String.format(Locale.ROOT, "%-" + width[c] + "s", l.get(c))
                        : String.format(Locale.ROOT, "  %" + width[c] + "s", l.get(c)));
            }
            out.println(b.toString().stripTrailing());
        }
    }

    /** Where the replications came from, when not --replications: " (Morris' default)", " (the scenario's)". */
    static String replicationsSource(SensitivityMethod method, boolean byDefault) {
        if (!byDefault) {
            return "";
        }
        return method == SensitivityMethod.OAT ? " (the scenario's)" : " (the default for " + method.label()
                + "; --replications to change)";
    }

    static String capitalised(String sentence) {
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /** Four significant digits, plain where that is short. */
    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
