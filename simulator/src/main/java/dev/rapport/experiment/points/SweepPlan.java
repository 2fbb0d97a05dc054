package dev.rapport.experiment.points;

import dev.rapport.experiment.analysis.Design;
import dev.rapport.experiment.analysis.Grid;
import dev.rapport.experiment.analysis.LatinHypercube;
import dev.rapport.experiment.analysis.SobolPoints;
import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.Scenario;
import dev.rapport.scenario.ScenarioException;
import dev.rapport.scenario.ScenarioLoader;
import dev.rapport.scenario.ScenarioProblem;
import dev.rapport.scenario.StrategySpec;
import dev.rapport.scenario.SweepSpec;
import dev.rapport.scenario.SweptParameter;
import dev.rapport.scenario.bind.Location;
import dev.rapport.scenario.bind.Names;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A sweep made concrete and checked: its parameters, each checked against the scenario by loading
 * it with the parameter at its low and at its high (so an unknown path or a value the scenario does
 * not allow is refused before any run, with the scenario's own message, at the line that names the
 * parameter), the points of the design, the strategies and the replications at each point.
 *
 * @param scenario     the scenario with the experiment's overrides, the points' not applied
 * @param design       how the points were placed, as sweep.json names it: a sweep's design
 *                     ({@code grid}, {@code latin_hypercube}, {@code sobol}) or another experiment's
 *                     ({@code morris}, {@code saltelli}, {@code one_at_a_time}; see {@link #over})
 * @param replications of every strategy at each point
 * @param metrics      the values each run reports (without the incremental ones when the baseline is not run)
 * @param probes       the scenario loaded at each parameter's low and high (for the memory check)
 * @param strategies   the strategies run at every point, in the scenario's order: all of them
 *                     ({@code rapport sweep}), or those an analysis needs ({@link #only})
 */
public record SweepPlan(LoadedScenario scenario, String design, List<Parameter> parameters,
                        PointSet points, int replications, OutcomeMetrics metrics, List<LoadedScenario> probes,
                        List<String> strategies) {

    /** Most points a sweep may have. */
    public static final int MAX_POINTS = 1_000_000;

    public SweepPlan {
        parameters = List.copyOf(parameters);
        probes = List.copyOf(probes);
        strategies = List.copyOf(strategies);
    }

    /** A plan that runs every strategy of the scenario. */
    public SweepPlan(LoadedScenario scenario, String design, List<Parameter> parameters, PointSet points,
                     int replications, OutcomeMetrics metrics, List<LoadedScenario> probes) {
        this(scenario, design, parameters, points, replications, metrics, probes, names(scenario));
    }

    /**
     * A swept parameter as checked.
     *
     * @param whole the scenario takes whole numbers there: values are rounded to the nearest
     */
    public record Parameter(String path, double low, double high, int levels, boolean whole) {
        /**
         * The value at {@code unit} in [0, 1] of the range, to 12 significant digits: a grid's
         * 0.3 + 0.1 is then 0.4 in the files, not 0.4000000000000001.
         */
        double at(double unit) {
            double v = unit >= 1 ? high : low + unit * (high - low);
            if (whole) {
                return Math.rint(v);
            }
            return v == 0 ? 0 : new BigDecimal(v).round(new MathContext(12)).doubleValue();
        }
    }

    public PointEngine.Layout layout() {
        return new PointEngine.Layout(points.size(), strategies, replications);
    }

    /**
     * The same plan running only {@code wanted} of its strategies, in the scenario's order (so the
     * runs, the store and the files follow the subset). Without the baseline the incremental
     * metrics cannot be measured, so they are left out of what a run reports.
     *
     * @throws IllegalArgumentException naming the strategies there are, when one is not in the plan
     */
    public SweepPlan only(List<String> wanted) {
        for (String w : wanted) {
            if (!strategies.contains(w)) {
                throw new IllegalArgumentException("strategy " + w + " is not in the scenario; it has "
                        + String.join(", ", strategies));
            }
        }
        List<String> kept = strategies.stream().filter(wanted::contains).toList();
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("a sweep runs at least one strategy");
        }
        OutcomeMetrics reported = kept.contains(Scenario.BASELINE) ? metrics : metrics.observed();
        return new SweepPlan(scenario, design, parameters, points, replications, reported, probes, kept);
    }

    /**
     * The plan an analysis of {@code objective} over {@code analysed} strategies needs: those, and
     * the baseline beside them when the objective is incremental (measured against the baseline's
     * run of the same replication at the same point).
     */
    public SweepPlan onlyFor(List<String> analysed, String objective) {
        List<String> wanted = new ArrayList<>(analysed);
        if (!Metric.byColumn(objective).observed()) {
            wanted.add(Scenario.BASELINE);
        }
        return only(wanted);
    }

    private static List<String> names(LoadedScenario scenario) {
        return scenario.scenario().effectiveStrategies().stream().map(StrategySpec::name).toList();
    }

    /**
     * Checks a sweep against the scenario and places its points.
     *
     * @param origins where each parameter was given (its line in the file, or the --vary flag), for messages
     * @throws ScenarioException listing every problem with the parameters
     */
    public static SweepPlan of(LoadedScenario scenario, SweepSpec spec, List<Location> origins) {
        List<ScenarioProblem> problems = new ArrayList<>();
        List<SweptParameter> given = spec.parameters();
        if (given.isEmpty()) {
            throw new ScenarioException(List.of(new ScenarioProblem(ScenarioProblem.Code.MISSING_KEY,
                    Location.of(scenario.sourceName()), "experiment.sweep.parameters", "at least one parameter to vary",
                    "none", "give --vary PATH=LOW:HIGH[:LEVELS], e.g. --vary market.potential=0.3:0.7:3, or an "
                            + "experiment: sweep: parameters: section")));
        }
        List<Parameter> parameters = new ArrayList<>();
        List<LoadedScenario> probes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            SweptParameter p = given.get(i);
            Location at = origins.get(i);
            String path = p.path().strip();
            if (!seen.add(path)) {
                problems.add(problem(ScenarioProblem.Code.INVALID, at, path, "each parameter once", "a second " + path,
                        "give one range per path"));
                continue;
            }
            String root = path.split("[.\\[]", 2)[0];
            if (Set.of("seed", "replications", "experiment").contains(root)) {
                problems.add(problem(ScenarioProblem.Code.INVALID, at, path, "a value of the market or the strategies",
                        path, root.equals("seed") ? "every point uses the same seeds (common random numbers); "
                                + "vary the seed with --seed across sweeps" : "replications are the sweep's own: "
                                + "experiment.sweep.replications or --replications"));
                continue;
            }
            List<ScenarioProblem> atLow = new ArrayList<>();
            List<ScenarioProblem> atHigh = new ArrayList<>();
            LoadedScenario low = probe(scenario, path, p.low(), at, atLow);
            LoadedScenario high = probe(scenario, path, p.high(), at, atHigh);
            if (low == null || high == null) {
                problems.addAll(merge(atLow, atHigh));
                continue;
            }
            probes.add(low);
            probes.add(high);
            for (LoadedScenario end : List.of(low, high)) {
                if (!OutcomeMetrics.of(end.scenario()).columns().equals(OutcomeMetrics.of(scenario.scenario()).columns())
                        || !end.scenario().effectiveStrategies().stream().map(StrategySpec::name).toList()
                        .equals(scenario.scenario().effectiveStrategies().stream().map(StrategySpec::name).toList())) {
                    problems.add(problem(ScenarioProblem.Code.INVALID, at, path,
                            "a value that keeps the strategies, the baseline and the mechanisms as they are",
                            path + " between " + p.low() + " and " + p.high(), "sweep numbers, not switches"));
                    break;
                }
            }
            parameters.add(new Parameter(path, p.low(), p.high(), p.levels(), takesWholeNumbers(scenario, path, p)));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        PointSet points = place(parameters, unitPoints(scenario, spec, parameters, origins.get(0)));
        int replications = spec.replications() != null ? spec.replications() : scenario.scenario().replications();
        long runs = (long) points.size() * replications * scenario.scenario().effectiveStrategies().size();
        if (runs > Integer.MAX_VALUE) {
            throw new ScenarioException(List.of(problem(ScenarioProblem.Code.LIMIT, origins.get(0), "experiment.sweep",
                    "at most " + Integer.MAX_VALUE + " runs", runs + " runs (points x strategies x replications)",
                    "fewer points or replications")));
        }
        return new SweepPlan(scenario, Names.yamlConstant(spec.design()), parameters, points, replications,
                OutcomeMetrics.of(scenario.scenario()), probes);
    }

    /**
     * The same checked parameters, replications and scenario over the points another design places
     * in the unit cube (a sensitivity analysis' Morris trajectories or Saltelli matrices), mapped
     * onto the ranges as a sweep's are: the experiment then runs, stores and resumes as a sweep.
     *
     * @param design what {@code sweep.json} calls the design
     * @param unit   the points in [0,1]^k, one coordinate per parameter, in design order
     */
    public SweepPlan over(String design, double[][] unit) {
        if (unit.length == 0 || unit.length > MAX_POINTS) {
            throw new IllegalArgumentException(unit.length + " points; a design has 1 to " + MAX_POINTS);
        }
        return new SweepPlan(scenario, design, parameters, place(parameters, unit), replications, metrics, probes,
                strategies);
    }

    private static PointSet place(List<Parameter> parameters, double[][] unit) {
        int dims = parameters.size();
        double[] values = new double[unit.length * dims];
        for (int i = 0; i < unit.length; i++) {
            for (int d = 0; d < dims; d++) {
                values[i * dims + d] = parameters.get(d).at(unit[i][d]);
            }
        }
        return new PointSet(parameters.stream().map(Parameter::path).toList(), values);
    }

    /** The design's points in the unit cube, one coordinate per parameter ({@code dev.rapport.experiment.analysis}). */
    private static double[][] unitPoints(LoadedScenario scenario, SweepSpec spec, List<Parameter> parameters, Location at) {
        int dims = parameters.size();
        Design design = switch (spec.design()) {
            case GRID -> {
                long count = 1;
                for (Parameter p : parameters) {
                    count *= p.levels();
                    if (count > MAX_POINTS) {
                        throw new ScenarioException(List.of(problem(ScenarioProblem.Code.LIMIT, at, "experiment.sweep",
                                "a grid of at most " + MAX_POINTS + " points", "more (the product of the levels)",
                                "fewer levels, or a latin_hypercube or sobol design with a set number of points")));
                    }
                }
                yield new Grid(parameters.stream().map(Parameter::levels).toList());
            }
            // The design's own stream, apart from the runs': the same scenario seed gives the same points.
            case LATIN_HYPERCUBE -> new LatinHypercube(dims, spec.points(), scenario.scenario().seed() ^ 0x5EEDL);
            case SOBOL -> {
                if (dims > SobolPoints.MAX_DIMENSIONS) {
                    throw new ScenarioException(List.of(problem(ScenarioProblem.Code.LIMIT, at, "experiment.sweep",
                            "at most " + SobolPoints.MAX_DIMENSIONS + " parameters for a sobol design", dims + " parameters",
                            "a latin_hypercube design")));
                }
                yield SobolPoints.of(dims, spec.points());
            }
        };
        return design.points();
    }

    /** Loads the scenario with the parameter at one end; its problems are reported where the parameter was given. */
    private static LoadedScenario probe(LoadedScenario scenario, String path, double value, Location at,
                                        List<ScenarioProblem> problems) {
        try {
            return load(scenario, path + "=" + Setting.plain(value));
        } catch (ScenarioException e) {
            for (ScenarioProblem p : e.problems()) {
                boolean own = p.location().source().startsWith("--set " + path + "=");
                problems.add(new ScenarioProblem(p.code(), own ? at : p.location(), p.path().isEmpty() ? path : p.path(),
                        p.expected(), p.found() == null ? String.valueOf(value) : p.found(), p.suggestion()));
            }
            return null;
        }
    }

    /**
     * The problems at both ends: once when the same at both (an unknown path), else each saying
     * which end it is about.
     */
    private static List<ScenarioProblem> merge(List<ScenarioProblem> atLow, List<ScenarioProblem> atHigh) {
        List<ScenarioProblem> out = new ArrayList<>();
        for (ScenarioProblem p : atLow) {
            out.add(atHigh.contains(p) ? p : end(p, "its low"));
        }
        for (ScenarioProblem p : atHigh) {
            if (!atLow.contains(p)) {
                out.add(end(p, "its high"));
            }
        }
        return out;
    }

    private static ScenarioProblem end(ScenarioProblem p, String end) {
        return new ScenarioProblem(p.code(), p.location(), p.path(), p.expected(), p.found() + " (" + end + ")",
                p.suggestion());
    }

    /** Whether the scenario refuses a fraction at the path: then the parameter takes whole numbers. */
    private static boolean takesWholeNumbers(LoadedScenario scenario, String path, SweptParameter p) {
        if (p.low() != Math.rint(p.low()) || p.high() != Math.rint(p.high())) {
            return false;
        }
        try {
            load(scenario, path + "=" + Setting.plain(p.low() + 0.5));
            return false;
        } catch (ScenarioException e) {
            return e.problems().stream().anyMatch(q -> q.code() == ScenarioProblem.Code.WRONG_TYPE
                    && q.expected().startsWith("a whole number"));
        }
    }

    private static LoadedScenario load(LoadedScenario scenario, String override) {
        List<String> all = new ArrayList<>(scenario.overrides());
        all.add(override);
        return new ScenarioLoader(Metric.names()).load(scenario.text().getBytes(StandardCharsets.UTF_8),
                scenario.sourceName(), scenario.file(), all);
    }

    private static ScenarioProblem problem(ScenarioProblem.Code code, Location at, String path, String expected,
                                           String found, String hint) {
        return new ScenarioProblem(code, at, path, expected, found, hint);
    }
}
