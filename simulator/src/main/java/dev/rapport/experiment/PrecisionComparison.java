package dev.rapport.experiment;

import dev.rapport.experiment.points.RunExecutor;
import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.Scenario;
import dev.rapport.scenario.StrategySpec;
import dev.rapport.scenario.bind.Names;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Compares a scenario's strategies to a stated precision ({@code rapport compare}): runs paired
 * replications (replication r of every strategy on the same seeds, as every {@link Experiment})
 * in batches, and after each batch states every pairwise difference in the objective
 * ({@link PairedDifference}); it stops once the interval of every difference is narrower (full
 * width) than the precision asked for, or at a cap on replications, and says which.
 *
 * <p>Each batch is an {@link Experiment} of the first n replications of the scenario at the cap,
 * saving each finished replication in the folder's {@code resume/} as a run does; the next batch
 * reads them back instead of running them again, and so does a compare resumed after a kill
 * (copied in with {@link OutputFolder#resumeFrom}). The decisions depend on the replications alone,
 * so a resumed compare stops where an uninterrupted one would and writes the same files. At the
 * end the folder is an ordinary, complete result of the scenario at n replications (its manifest
 * says {@code replications=n} among the overrides, so {@code rapport verify} reproduces it), plus
 * {@code comparison.csv} and {@code comparison.json}.
 */
public final class PrecisionComparison {
    /**
     * What {@code rapport compare} was asked for.
     *
     * @param objective       the outcome compared (a metric name), at the horizon for the focal brand
     * @param precision       the full width every difference's interval must be narrower than
     * @param batch           replications to start with and to add each time
     * @param maxReplications the cap: stop there, precise or not
     */
    public record Settings(String objective, double precision, int batch, int maxReplications) {
        public Settings {
            if (!(precision > 0) || Double.isInfinite(precision)) {
                throw new IllegalArgumentException("--precision must be a positive number (the full width of the "
                        + "interval wanted, in the objective's unit), not " + precision);
            }
            if (maxReplications < 2) {
                throw new IllegalArgumentException("--max-replications must be at least 2 (an interval needs two "
                        + "replications), not " + maxReplications);
            }
            if (batch < 2) {
                throw new IllegalArgumentException("--batch must be at least 2 (an interval needs two replications), not "
                        + batch);
            }
        }
    }

    /** Told as batches start and end, so that a front end can show progress. */
    public interface Progress {
        Progress NONE = new Progress() {
            @Override
            public ProgressListener batch(int from, int to) {
                return ProgressListener.NONE;
            }

            @Override
            public void measured(int replications, PairedDifference widest, double precision) {
            }
        };

        /** A batch of replications {@code from} to {@code to - 1} starts; returns who hears of its runs. */
        ProgressListener batch(int from, int to);

        /** After a batch: the difference with the widest interval over the first {@code replications}. */
        void measured(int replications, PairedDifference widest, double precision);
    }

    /** Why the comparison stopped. */
    public enum Stop {
        /** Every interval is narrower than the precision. */
        PRECISION_REACHED,
        /** The cap on replications was reached first. */
        MAX_REPLICATIONS_REACHED,
        /** Interrupted, a run failed, or an unexpected error: the outcome says which. */
        CUT_SHORT
    }

    /** The widest interval's full width after a batch of the first {@code replications}. */
    public record Batch(int replications, double widestCiWidth) {
    }

    /**
     * @param replications the paired replications the differences are over
     * @param differences  every pair of strategies, in scenario order (a before b); empty when cut short
     * @param outcome      the last experiment's: the complete result, or the batch that was cut short
     */
    public record Result(Settings settings, String objective, String focalBrand, double horizonWeek, double confidence,
                         Stop stop, int replications, List<Batch> batches, List<PairedDifference> differences,
                         Outcome outcome) {
        public Result {
            batches = List.copyOf(batches);
            differences = List.copyOf(differences);
        }

        /** The difference with the widest interval, or null when cut short. */
        public PairedDifference widest() {
            return PrecisionComparison.widest(differences);
        }
    }

    private final IntFunction<LoadedScenario> withReplications;
    private final Settings settings;
    private final int threads;
    private final RunExecutor executor;
    private final LoadedScenario atCap;
    private final Metric objective;

    /**
     * @param withReplications the scenario with {@code replications} set to its argument (and the
     *                         user's overrides), so that each folder's manifest says how it was made
     * @throws IllegalArgumentException when the scenario has a single strategy or the objective is
     *                                  not an outcome its runs record
     */
    public PrecisionComparison(IntFunction<LoadedScenario> withReplications, Settings settings, int threads) {
        this(withReplications, settings, threads, null);
    }

    /**
     * @param executor where the runs execute (a cluster's executor), or null for each batch's own pool
     */
    public PrecisionComparison(IntFunction<LoadedScenario> withReplications, Settings settings, int threads,
                               RunExecutor executor) {
        this.executor = executor;
        this.withReplications = withReplications;
        this.settings = settings;
        this.threads = threads;
        this.atCap = withReplications.apply(settings.maxReplications());
        Scenario scenario = atCap.scenario();
        List<String> names = scenario.effectiveStrategies().stream().map(StrategySpec::name).toList();
        if (names.size() < 2) {
            throw new IllegalArgumentException("compare needs at least two strategies; " + atCap.sourceName()
                    + " plays only " + names + " (add a strategy, or keep outputs.baseline: true to compare "
                    + "against doing nothing)");
        }
        this.objective = objective(settings.objective() == null ? scenario.outputs().objective() : settings.objective(),
                scenario, names.contains(Scenario.BASELINE));
    }

    private static Metric objective(String name, Scenario scenario, boolean baseline) {
        if (!Metric.names().contains(name)) {
            String near = Names.closest(name, Metric.names());
            throw new IllegalArgumentException("unknown objective '" + name + "': "
                    + (near == null ? "" : "did you mean '" + near + "'? ")
                    + "it must be an outcome metric such as cumulative_profit, members or trust (docs/results-format.md lists them)");
        }
        Metric m = Metric.byColumn(name);
        String reason = m.notApplicable(scenario.mechanisms()).orElse(null);
        if (reason != null) {
            throw new IllegalArgumentException("the objective '" + name + "' does not apply to this scenario: " + reason);
        }
        if (!m.observed() && !baseline) {
            throw new IllegalArgumentException("the objective '" + name + "' is measured against the baseline, and "
                    + "this scenario has none (outputs.baseline: false); choose " + m.baselineSource().column());
        }
        return m;
    }

    /**
     * Runs batches in {@code folder}'s work directory until the precision or the cap is reached,
     * or the run is cut short; the caller commits the folder.
     */
    public Result run(OutputFolder folder, String rapportVersion, Progress progress, StopSignal stop) {
        Path dir = folder.work();
        List<Batch> batches = new ArrayList<>();
        int done = 0;
        int n = Math.min(settings.batch(), settings.maxReplications());
        while (true) {
            Experiment experiment = placed(new Experiment(atCap, threads)).keepingSaved()
                    .only(IntStream.range(0, n).boxed().toList());
            Outcome outcome = experiment.run(folder, rapportVersion, progress.batch(done, n), stop);
            if (outcome.cutShort()) {
                return result(Stop.CUT_SHORT, outcome.completedReplications().size(), batches, List.of(), outcome);
            }
            done = n;
            List<PairedDifference> differences = differences(experiment.saved(dir));
            PairedDifference widest = widest(differences);
            batches.add(new Batch(n, widest.ciWidth()));
            progress.measured(n, widest, settings.precision());
            Stop reason = widest.ciWidth() < settings.precision() ? Stop.PRECISION_REACHED
                    : n >= settings.maxReplications() ? Stop.MAX_REPLICATIONS_REACHED : null;
            if (reason != null) {
                // Every replication is saved: this runs nothing, and writes the folder of the
                // scenario at n replications, complete, its saved replications no longer needed.
                Outcome whole = placed(new Experiment(withReplications.apply(n), threads)).run(folder, rapportVersion,
                        ProgressListener.NONE, new StopSignal());
                Result result = result(reason, n, batches, differences, whole);
                ComparisonFiles.write(dir, result);
                return result;
            }
            n = Math.min(settings.maxReplications(), n + settings.batch());
        }
    }

    /** The experiment on the executor, when there is one. */
    private Experiment placed(Experiment experiment) {
        return executor == null ? experiment : experiment.on(executor);
    }

    private Result result(Stop stop, int replications, List<Batch> batches, List<PairedDifference> differences,
                          Outcome outcome) {
        Scenario s = atCap.scenario();
        return new Result(settings, objective.column(), s.focalBrand().name(), s.ticks() * s.time().tick().weeks(),
                s.outputs().confidence(), stop, replications, batches, differences, outcome);
    }

    /** Every pair of strategies (a before b in scenario order) on the objective at the horizon. */
    private List<PairedDifference> differences(SummaryCollector saved) {
        List<String> strategies = saved.strategies();
        List<PairedDifference> out = new ArrayList<>();
        for (int a = 0; a < strategies.size(); a++) {
            for (int b = a + 1; b < strategies.size(); b++) {
                double[][] pairs = saved.focalPairsAtHorizon(objective, a, b);
                out.add(PairedDifference.of(objective.column(), saved.focalBrand(), saved.horizonWeek(),
                        strategies.get(a), strategies.get(b), pairs[0], pairs[1], saved.level()));
            }
        }
        return out;
    }

    /** The difference with the widest interval (the first of equals), or null when there is none. */
    static PairedDifference widest(List<PairedDifference> differences) {
        PairedDifference widest = null;
        for (PairedDifference d : differences) {
            if (widest == null || d.ciWidth() > widest.ciWidth()) {
                widest = d;
            }
        }
        return widest;
    }
}
