package dev.rapport.experiment.optimize;

import dev.rapport.experiment.PairedDifference;
import dev.rapport.experiment.StopSignal;
import dev.rapport.experiment.points.OutcomeMetrics;
import dev.rapport.experiment.points.PointEngine;
import dev.rapport.experiment.points.PointSet;
import dev.rapport.experiment.points.RunExecutor;
import dev.rapport.experiment.points.RunFunction;
import dev.rapport.experiment.points.RunStore;
import dev.rapport.experiment.points.ScenarioRuns;
import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.Scenario;
import dev.rapport.scenario.ScenarioLoader;
import dev.rapport.scenario.StrategySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * {@code rapport optimize}'s search: CMA-ES (Commons Math) over the {@link BudgetSplit}, each
 * candidate the mean objective over the same R replications (common random numbers: candidates
 * differ by their plan alone, not their luck). The points, in the fixed order the store holds them:
 * 0, the start (where the scenario's own strategies and the baseline run too); 1, the pilot's
 * second candidate; then one per new candidate; then the response curves'. CMA-ES is deterministic
 * given its seed and the values it is told, so a resumed search, reading the saved runs, asks for
 * the same candidates in the same order and writes the same trace.
 */
public final class Optimization {
    /** Initial step of CMA-ES on the unit cube of {@link BudgetSplit}: a third of each bound's width. */
    static final double SIGMA = 0.3;
    /** Replications of the pilot that chooses R. */
    static final int PILOT = 5;
    /** Spend of a lever on its response curve, as multiples of its spend at the optimum (1, the optimum, is its own row). */
    static final double[] LEVELS = {0, 0.5, 1.5, 2};

    /** Told of each evaluation as it finishes. */
    public interface Listener {
        Listener NONE = (row, of) -> { };

        void evaluated(OptimizeOutcome.TraceRow row, int of);
    }

    private final LoadedScenario scenario;
    private final OptimizeOutcome.Settings settings;
    private final BudgetSplit split;
    private final PlanScenario plan;
    private final OutcomeMetrics metrics;
    private final Objective objective;
    private final PointEngine.Layout layout;
    private final int optimized;
    private final int baseline;
    private final int cap;

    /**
     * @param user the scenario as the user gave it (file text and overrides)
     */
    public Optimization(LoadedScenario user, OptimizeOutcome.Settings settings) {
        this.settings = settings;
        Scenario given = user.scenario();
        this.split = BudgetSplit.of(settings.levers(), settings.periods(), given.time().horizonWeeks(), settings.bounds());
        this.plan = new PlanScenario(user.text(), given, split, settings.budget());
        String text = plan.text(split.shares(split.start()), List.of());
        this.scenario = new ScenarioLoader(Metric.names()).load(text.getBytes(StandardCharsets.UTF_8), user.sourceName(),
                user.file(), user.overrides());
        this.metrics = OutcomeMetrics.of(scenario.scenario());
        this.objective = Objective.parse(settings.objective(), metrics.columns());
        List<String> names = scenario.scenario().effectiveStrategies().stream().map(StrategySpec::name).toList();
        this.optimized = names.indexOf(PlanScenario.NAME);
        this.baseline = names.indexOf(Scenario.BASELINE);
        if (settings.robust() != null && given.uncertain().isEmpty()) {
            throw new OptimizeException("--robust " + settings.robust().flag() + " scores plans across the draws of the "
                    + "scenario's uncertain: values, and this scenario has none; add an uncertain: section, or drop --robust");
        }
        this.cap = settings.replications() != null ? settings.replications() : settings.maxReplications();
        int points = 2 + settings.evaluations() + split.levers().size() * LEVELS.length;
        // Twice the replications: 0..R-1 for the search, R..2R-1 fresh for the best plan's comparison.
        this.layout = new PointEngine.Layout(points, names, 2 * cap);
    }

    /** The scenario the runs play: the user's with the optimised strategy added. */
    public LoadedScenario scenario() {
        return scenario;
    }

    public PlanScenario plan() {
        return plan;
    }

    public BudgetSplit split() {
        return split;
    }

    public OutcomeMetrics metrics() {
        return metrics;
    }

    public PointEngine.Layout layout() {
        return layout;
    }

    /** The model's runs at the points placed so far. */
    public Function<PointSet, RunFunction> modelRuns() {
        return points -> new ScenarioRuns(scenario, points, metrics);
    }

    /**
     * Searches, saving every run in {@code dir}'s store and reading those saved before.
     *
     * @param runs one run at given points: {@link #modelRuns()}, or a test's function
     */
    public OptimizeOutcome run(Path dir, RunExecutor executor, Function<PointSet, RunFunction> runs, StopSignal stop,
                               Listener listener) {
        RunStore store = new RunStore(dir, metrics.size(), layout.runs());
        BitSet saved = store.completed();
        try (RunStore.Session session = store.open()) {
            Search search = new Search(new Evaluations(executor, layout, session, saved, runs, plan.paths(), stop), listener);
            return search.run();
        }
    }

    /** One search's state: its evaluations and what it has found so far. */
    private final class Search {
        private final Evaluations runs;
        private final Listener listener;
        private final List<OptimizeOutcome.TraceRow> trace = new ArrayList<>();
        private final Map<String, Integer> pointOf = new HashMap<>();
        private OptimizeOutcome.Pilot pilot;
        private int r;
        /** Per replication 0..R-1, the best of the scenario's own strategies' objectives (--robust regret). */
        private double[] bestOwn;

        Search(Evaluations runs, Listener listener) {
            this.runs = runs;
            this.listener = listener;
        }

        OptimizeOutcome run() {
            double[] start = split.shares(split.start());
            int p0 = runs.place(PlanScenario.settings(start, settings.budget()));
            double[] step = split.start();
            for (int i = 0; i < step.length; i++) {
                // Alternating signs: the pilot's step moves money between levers, not just more or less of it.
                step[i] += (i % 2 == 0 ? 1 : -1) * SIGMA / Math.sqrt(step.length);
            }
            int p1 = runs.place(PlanScenario.settings(split.shares(step), settings.budget()));
            pointOf.put(Arrays.toString(start), p0);
            try {
                r = settings.replications() != null ? settings.replications() : chooseReplications(p0, p1);
                search();
                OptimizeOutcome.TraceRow best = bestRow();
                List<OptimizeOutcome.ResponseRow> response = new ResponseCurves(Optimization.this, this::incremental)
                        .curves(runs, best);
                Fresh fresh = fresh(p0, best);
                return new OptimizeOutcome(settings, labels(), r, pilot, trace, best.shares(), fresh.estimate,
                        fresh.comparisons, response, true, false, null, runs.ran());
            } catch (Evaluations.Stopped e) {
                String failure = e.failure == null ? null : "point " + e.failure.key().point() + ", strategy '"
                        + layout.strategies().get(e.failure.key().strategy()) + "', replication "
                        + e.failure.key().replication() + ": " + e.failure.cause();
                OptimizeOutcome.TraceRow best = trace.isEmpty() ? null : bestRow();
                return new OptimizeOutcome(settings, labels(), r, pilot, trace, best == null ? null : best.shares(), null,
                        List.of(), List.of(), false, e.failure == null, failure, runs.ran());
            }
        }

        /**
         * R from a pilot: the start and a candidate one CMA-ES step away, each on {@link #PILOT}
         * paired replications. R = (4 sd / |mean difference|)^2, so that the standard error of the
         * difference between two candidates a step apart is a quarter of the difference itself,
         * from {@link #PILOT} up to the cap.
         */
        private int chooseReplications(int p0, int p1) {
            int n = Math.min(PILOT, cap);
            double[] a = objectives(p0, 0, n);
            double[] b = objectives(p1, 0, n);
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                d[i] = b[i] - a[i];
            }
            double mean = Arrays.stream(d).average().orElse(0);
            double sd = new org.apache.commons.math3.stat.descriptive.moment.StandardDeviation().evaluate(d);
            int chosen;
            if (sd == 0) {
                chosen = n;
            } else if (mean == 0) {
                chosen = cap;
            } else {
                chosen = (int) Math.max(n, Math.min(cap, Math.ceil(16 * sd * sd / (mean * mean))));
            }
            pilot = new OptimizeOutcome.Pilot(n, mean, sd, chosen);
            return chosen;
        }

        private void search() {
            int n = split.variables();
            double[] lower = new double[n];
            double[] upper = new double[n];
            Arrays.fill(upper, 1);
            double[] sigma = new double[n];
            Arrays.fill(sigma, SIGMA);
            int lambda = 4 + (int) (3 * Math.log(n));
            CMAESOptimizer cmaes = new CMAESOptimizer(Integer.MAX_VALUE, 0, true, 0, 0,
                    new MersenneTwister(settings.seed()), false, null);
            try {
                cmaes.optimize(new MaxEval(settings.evaluations()), new ObjectiveFunction(this::evaluate), GoalType.MAXIMIZE,
                        new InitialGuess(split.start()), new SimpleBounds(lower, upper), new CMAESOptimizer.Sigma(sigma),
                        new CMAESOptimizer.PopulationSize(lambda));
            } catch (TooManyEvaluationsException e) {
                // The evaluation budget is spent: the usual end.
            }
        }

        /** One candidate: its shares run (or read) on replications 0..R-1; a candidate seen before is its earlier point. */
        private double evaluate(double[] unit) {
            double[] shares = split.shares(unit);
            Integer point = pointOf.get(Arrays.toString(shares));
            if (point == null) {
                point = runs.place(PlanScenario.settings(shares, settings.budget()));
                pointOf.put(Arrays.toString(shares), point);
            }
            Robustness robust = settings.robust() != null ? settings.robust() : Robustness.MEAN;
            double score = robust.score(objectives(point, 0, r), robust.needsStrategies() ? bestOwn() : null);
            double best = trace.isEmpty() ? score : Math.max(score, trace.get(trace.size() - 1).bestSoFar());
            OptimizeOutcome.TraceRow row = new OptimizeOutcome.TraceRow(trace.size() + 1, point, shares, score, best);
            trace.add(row);
            listener.evaluated(row, settings.evaluations());
            return score;
        }

        /**
         * The best of the scenario's own strategies per replication, on the same draws as the
         * candidates: their runs at the start (point 0), run once through the engine and stored.
         */
        private double[] bestOwn() {
            if (bestOwn == null) {
                double[] best = new double[r];
                Arrays.fill(best, Double.NEGATIVE_INFINITY);
                for (int s = 0; s < layout.strategies().size(); s++) {
                    // Doing nothing is a strategy only when it is the scenario's only one besides the plan.
                    boolean own = s != optimized && (s != baseline || layout.strategies().size() == 2);
                    if (own) {
                        double[] x = objectivesOf(0, s, 0, r);
                        for (int i = 0; i < r; i++) {
                            best[i] = Math.max(best[i], x[i]);
                        }
                    }
                }
                bestOwn = best;
            }
            return bestOwn;
        }

        private OptimizeOutcome.TraceRow bestRow() {
            OptimizeOutcome.TraceRow best = trace.get(0);
            for (OptimizeOutcome.TraceRow row : trace) {
                if (row.objective() > best.objective()) {
                    best = row;
                }
            }
            return best;
        }

        /** The optimised strategy's objective at a point, replications from..to-1. */
        private double[] objectives(int point, int from, int to) {
            return objectivesOf(point, optimized, from, to);
        }

        private double[] objectivesOf(int point, int strategy, int from, int to) {
            double[][] values = derived(point, strategy, from, to);
            double[] out = new double[values.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = objective.of(values[i], metrics.columns());
            }
            return out;
        }

        /** Reported values; the baseline's runs are those at the start, the same at every point (its plan is no candidate's). */
        private double[][] derived(int point, int strategy, int from, int to) {
            double[][] stored = runs.stored(point, strategy, from, to);
            double[][] base = baseline < 0 ? null : runs.stored(0, baseline, from, to);
            return Evaluations.derived(metrics, stored, base);
        }

        /** Incremental profit (or, without a baseline, profit) of the optimised strategy at a point, replications 0..R-1. */
        private double[] incremental(int point) {
            String column = metrics.columns().contains("incremental_cumulative_profit") ? "incremental_cumulative_profit"
                    : "cumulative_profit";
            int c = metrics.columns().indexOf(column);
            return Arrays.stream(derived(point, optimized, 0, r)).mapToDouble(v -> v[c]).toArray();
        }

        private record Fresh(dev.rapport.experiment.Statistics.Estimate estimate, List<PairedDifference> comparisons) {
        }

        /** The best plan against the scenario's own strategies on replications R..2R-1, which the search never saw. */
        private Fresh fresh(int p0, OptimizeOutcome.TraceRow best) {
            double level = scenario.scenario().outputs().confidence();
            double[] x = objectivesOf(best.point(), optimized, r, 2 * r);
            List<PairedDifference> out = new ArrayList<>();
            String brand = scenario.scenario().focalBrand().name();
            double week = scenario.scenario().time().horizonWeeks();
            for (int s = 0; s < layout.strategies().size(); s++) {
                if (s != optimized) {
                    double[] y = objectivesOf(p0, s, r, 2 * r);
                    out.add(PairedDifference.of(objective.text(), brand, week, PlanScenario.NAME, layout.strategies().get(s),
                            x, y, level));
                }
            }
            return new Fresh(dev.rapport.experiment.Statistics.meanSdInterval(x, level), out);
        }
    }

    /** The settings as text, to tell a resume with other settings from one with these. */
    String settingsText() {
        return settings.toString();
    }

    /** The objective as given, for the charts' axis. */
    String settingsObjective() {
        return settings.objective();
    }

    /** The variables' names, as the files' columns. */
    List<String> labels() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < split.variables(); i++) {
            out.add(split.label(i));
        }
        return out;
    }
}
