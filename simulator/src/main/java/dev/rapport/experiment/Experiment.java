package dev.rapport.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.experiment.points.RunExecutor;
import dev.rapport.experiment.points.RunKey;
import dev.rapport.model.MarketModel;
import dev.rapport.model.Metric;
import dev.rapport.model.MetricSink;
import dev.rapport.model.RunSpec;
import dev.rapport.scenario.BrandSpec;
import dev.rapport.scenario.LeverSpec;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.Scenario;
import dev.rapport.scenario.StrategySpec;
import dev.rapport.scenario.bind.TreeWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Runs every strategy of a scenario over its replications and writes the result folder.
 *
 * <p>Runs are independent MASON simulations executed on a pool of threads; each is a pure
 * function of (scenario, strategy, replication). They are taken in a fixed order (replication,
 * then strategy) with at most a small window in flight, so memory does not grow with the number of
 * replications, and each finished replication is saved at once in the folder's
 * {@link ReplicationStore}. {@code series.csv} joins those in replication order, so the files are
 * byte-identical whatever the thread count, and whether or not the run was interrupted and resumed.
 *
 * <p>Nothing finished is lost: a run that throws is recorded with its seed and the other
 * replications carry on; a {@link StopSignal} (Ctrl-C) ends the run early. Either way the folder
 * is written with what was finished and a manifest saying {@code "complete": false}.
 */
public final class Experiment {
    /** Runs one simulation; tests substitute one that fails on purpose. */
    @FunctionalInterface
    interface Runner {
        void run(RunSpec spec, MetricSink sink);
    }

    private static final Runner MODEL = model(1);

    private final LoadedScenario loaded;
    private final Scenario scenario;
    private final int threads;
    private final SortedSet<Integer> wanted;
    private final Runner runner;
    private final boolean keepSaved;
    /** Where the runs execute when not on this experiment's own pool (a cluster), or null. */
    private final RunExecutor executor;
    /** The {@code uncertain:} values each replication draws; empty: every replication runs the scenario as given. */
    private final ParameterDraws draws;

    public Experiment(LoadedScenario loaded, int threads) {
        this(loaded, threads, allReplications(loaded.scenario()), MODEL, false);
    }

    /**
     * Runs {@code threads} runs at a time, each sharing its listening among {@code workersPerRun}
     * threads (see {@link MarketModel#MarketModel(RunSpec, MetricSink, int)}), so that a scenario
     * of fewer runs than cores still uses them; the results are the same for any number.
     */
    public Experiment(LoadedScenario loaded, int threads, int workersPerRun) {
        this(loaded, threads, allReplications(loaded.scenario()), model(workersPerRun), false);
    }

    /** Workers per run when {@code runThreads} runs share the {@code requested} threads: the threads left idle, shared out. */
    public static int workersPerRun(int requested, int runThreads) {
        return Math.max(1, requested / Math.max(1, runThreads));
    }

    private static Runner model(int workers) {
        return (spec, sink) -> new MarketModel(spec, sink, workers).runToHorizon();
    }

    Experiment(LoadedScenario loaded, int threads, SortedSet<Integer> wanted, Runner runner) {
        this(loaded, threads, wanted, runner, false);
    }

    private Experiment(LoadedScenario loaded, int threads, SortedSet<Integer> wanted, Runner runner, boolean keepSaved) {
        this(loaded, threads, wanted, runner, keepSaved, null);
    }

    private Experiment(LoadedScenario loaded, int threads, SortedSet<Integer> wanted, Runner runner, boolean keepSaved,
                       RunExecutor executor) {
        this.executor = executor;
        this.loaded = loaded;
        this.scenario = loaded.scenario();
        this.threads = Math.max(1, threads);
        this.wanted = new TreeSet<>(wanted);
        this.runner = runner;
        this.keepSaved = keepSaved;
        this.draws = new ParameterDraws(loaded);
    }

    /** The same experiment restricted to some replications (to reproduce one alone, or to verify a partial result). */
    public Experiment only(Collection<Integer> replications) {
        for (int r : replications) {
            if (r < 0 || r >= scenario.replications()) {
                throw new IllegalArgumentException("replication " + r + " is not between 0 and " + (scenario.replications() - 1));
            }
        }
        return new Experiment(loaded, threads, new TreeSet<>(replications), runner, keepSaved, executor);
    }

    /**
     * The same experiment with its runs executed by {@code other} (a cluster's executor) instead of
     * its own pool; the files are the same byte for byte.
     */
    public Experiment on(RunExecutor other) {
        return new Experiment(loaded, threads, wanted, runner, keepSaved, other);
    }

    /** The same experiment with another way of running one simulation (tests). */
    Experiment withRunner(Runner other) {
        return new Experiment(loaded, threads, wanted, other, keepSaved, executor);
    }

    /**
     * The same experiment keeping the saved replications ({@code resume/}) even once complete:
     * an experiment that adds replications in batches ({@link PrecisionComparison}) builds on them.
     */
    Experiment keepingSaved() {
        return new Experiment(loaded, threads, wanted, runner, true, executor);
    }

    private static SortedSet<Integer> allReplications(Scenario s) {
        return new TreeSet<>(IntStream.range(0, s.replications()).boxed().toList());
    }

    /** Runs to the end without a way to stop early. */
    public Outcome run(OutputFolder folder, String rapportVersion, ProgressListener progress) {
        return run(folder, rapportVersion, progress, new StopSignal());
    }

    /**
     * Runs the requested replications not already saved in {@code folder}'s work directory (a
     * resumed run has copied them there) and writes every result file; the caller commits it.
     */
    public Outcome run(OutputFolder folder, String rapportVersion, ProgressListener progress, StopSignal stop) {
        ManifestBuilder manifest = new ManifestBuilder(loaded, threads, rapportVersion, Instant.now().toString());
        Path dir = folder.work();
        List<StrategySpec> strategies = scenario.effectiveStrategies();
        List<String> strategyNames = strategies.stream().map(StrategySpec::name).toList();
        List<String> brandNames = scenario.brands().stream().map(BrandSpec::name).toList();
        int perReplication = strategies.size();
        // With uncertain values, each replication is also run with every value at its median, on the
        // same seeds, to measure seed noise alone (UncertaintySplit): those runs follow the drawn ones.
        boolean uncertain = !draws.isEmpty();
        int runsPerReplication = uncertain ? 2 * perReplication : perReplication;
        Scenario central = uncertain ? draws.central() : scenario;
        Metric objective = Metric.byColumn(scenario.outputs().objective());
        double[][] drawnObjective = nans(perReplication, scenario.replications());
        double[][] centralObjective = nans(perReplication, scenario.replications());
        int baseline = strategyNames.indexOf(Scenario.BASELINE);
        List<Metric> metrics = Metric.recorded(baseline >= 0, scenario.mechanisms());
        SummaryCollector collector = collector();
        ReplicationStore store = new ReplicationStore(dir);
        SortedSet<Integer> done = restore(store, collector, runsPerReplication, objective, drawnObjective, centralObjective);
        List<Integer> todo = wanted.stream().filter(r -> !done.contains(r)).toList();
        // A manifest from the start, so that even a folder left by kill -9 or a power cut says what
        // it holds and can be resumed; the finished run overwrites it.
        ResultFiles.writeJson(dir.resolve(ResultFiles.MANIFEST), manifest.build(false, done, List.of(), null));
        List<Outcome.Failed> failures = new ArrayList<>();
        boolean interrupted = false;
        Throwable aborted = null;

        int total = todo.size() * runsPerReplication;
        progress.start(total);
        // Runs go to the executor when there is one (a cluster), else to this experiment's own pool.
        Attempts attempts = executor != null ? remote(todo, runsPerReplication, perReplication, total, stop)
                : new PoolAttempts(threads, total, task -> {
                    int index = task % runsPerReplication;
                    Scenario market = index >= perReplication ? central : null;
                    return attempt(market, todo.get(task / runsPerReplication), index % perReplication);
                });
        Replications replications = new Replications(collector, perReplication, runsPerReplication, baseline,
                objective, drawnObjective, centralObjective);
        ReplicationStore.Pending current = null;
        try {
            boolean currentFailed = false;
            RunSeries[] currentRuns = null;
            for (int taken = 0; taken < total; taken++) {
                if (stop.isRequested()) {
                    interrupted = true;
                    break;
                }
                int replication = todo.get(taken / runsPerReplication);
                int index = taken % runsPerReplication;
                int strategy = index % perReplication;
                if (index == 0) {
                    current = store.begin(replication, strategyNames, brandNames, metrics);
                    currentFailed = false;
                    currentRuns = new RunSeries[runsPerReplication];
                }
                Attempt attempt = attempts.next(stop);
                if (attempt == null) {
                    interrupted = true;
                    break;
                }
                if (attempt.failed() != null) {
                    failures.add(attempt.failed());
                    currentFailed = true;
                } else if (!currentFailed) {
                    currentRuns[index] = attempt.series();
                }
                if (index == runsPerReplication - 1) {
                    if (currentFailed) {
                        current.discard();
                    } else {
                        replications.commit(current, replication, currentRuns);
                        done.add(replication);
                    }
                    current = null;
                }
                progress.runFinished(strategyNames.get(strategy), replication);
            }
        } catch (RuntimeException | Error e) {
            // Not one run's failure but the run's own (a disk error saving a replication, a bug in
            // this loop): stop, and still write what finished, so that it is kept for --resume.
            aborted = e;
        } finally {
            if (current != null) {
                current.discard();
            }
            attempts.close();
            progress.end();
        }
        // Complete means the folder holds every replication of the scenario: a folder of some
        // replications only (--only-replication) is not the scenario's result, whatever was asked.
        boolean complete = aborted == null && !interrupted && failures.isEmpty() && done.equals(allReplications(scenario));
        try {
            store.assemble(dir.resolve(ResultFiles.SERIES), done);
            Summary summary = collector.summarise(scenario.outputs().objective());
            ResultFiles.writeSummary(dir, summary);
            List<SpreadShare> shares = List.of();
            if (uncertain) {
                UncertaintyFiles.writeParameters(dir, draws, done);
                shares = UncertaintySplit.of(strategyNames, objective.column(), drawnObjective, centralObjective,
                        scenario.outputs().confidence(), scenario.seed());
                UncertaintyFiles.writeUncertainty(dir, shares);
            }
            writeScenario(dir);
            ResultFiles.writeJson(dir.resolve(ResultFiles.MANIFEST), manifest.build(complete, done,
                    failures.stream().map(Outcome.Failed::failure).toList(), aborted == null ? null : String.valueOf(aborted)));
            if (complete && !keepSaved) {
                store.delete();
            }
            return new Outcome(summary, new ArrayList<>(done), failures, interrupted, complete, aborted, shares);
        } catch (RuntimeException | Error e) {
            // The files cannot be written either: the saved replications in resume/ remain, with
            // the manifest written at the start; the caller keeps the folder for --resume.
            if (aborted != null) {
                e.addSuppressed(aborted);
            }
            throw e;
        }
    }

    /**
     * A collector holding the requested replications saved in {@code resultFolder}'s
     * {@code resume/} folder: what an experiment that adds replications in batches reads between
     * batches, exactly as a resumed run reads them.
     */
    SummaryCollector saved(Path resultFolder) {
        SummaryCollector collector = collector();
        int perReplication = scenario.effectiveStrategies().size();
        int runsPerReplication = draws.isEmpty() ? perReplication : 2 * perReplication;
        restore(new ReplicationStore(resultFolder), collector, runsPerReplication, Metric.byColumn(scenario.outputs().objective()),
                nans(perReplication, scenario.replications()), nans(perReplication, scenario.replications()));
        return collector;
    }

    /** Puts the requested replications the store holds into the collector; returns them. */
    private SortedSet<Integer> restore(ReplicationStore store, SummaryCollector collector, int runsPerReplication,
                                       Metric objective, double[][] drawnObjective, double[][] centralObjective) {
        int perReplication = scenario.effectiveStrategies().size();
        SortedSet<Integer> done = new TreeSet<>(store.completed());
        done.retainAll(wanted);
        for (int r : List.copyOf(done)) {
            double[][] values = store.readValues(r, runsPerReplication, collector.width());
            if (values == null) {
                // Saved by something other than this scenario: its checksum held, its shape does not; run it again.
                done.remove(r);
                continue;
            }
            for (int s = 0; s < perReplication; s++) {
                collector.put(s, r, values[s]);
                if (runsPerReplication > perReplication) {
                    // The runs at the medians follow the drawn ones: the split of the spread needs both.
                    drawnObjective[s][r] = collector.focalAtHorizon(values[s], objective);
                    centralObjective[s][r] = collector.focalAtHorizon(values[perReplication + s], objective);
                }
            }
        }
        return done;
    }

    private SummaryCollector collector() {
        List<StrategySpec> strategies = scenario.effectiveStrategies();
        List<String> brandNames = scenario.brands().stream().map(BrandSpec::name).toList();
        int baseline = strategies.stream().map(StrategySpec::name).toList().indexOf(Scenario.BASELINE);
        List<Metric> metrics = Metric.recorded(baseline >= 0, scenario.mechanisms());
        int ticks = scenario.ticks();
        double dt = scenario.time().tick().weeks();
        List<Double> checkpointWeeks = new ArrayList<>();
        for (double w : scenario.outputs().checkpointsWeeks()) {
            if (MarketModel.checkpointTick(w, dt, ticks) < ticks) {
                checkpointWeeks.add(w);
            }
        }
        int[] checkpointTicks = new int[checkpointWeeks.size() + 1];
        double[] checkpointAt = new double[checkpointWeeks.size() + 1];
        for (int c = 0; c < checkpointWeeks.size(); c++) {
            checkpointTicks[c] = MarketModel.checkpointTick(checkpointWeeks.get(c), dt, ticks);
            checkpointAt[c] = checkpointTicks[c] * dt;
        }
        checkpointTicks[checkpointWeeks.size()] = ticks;
        checkpointAt[checkpointWeeks.size()] = ticks * dt;
        boolean[] recorded = MarketModel.recordTicks(scenario, ticks, dt);
        int first = 1;
        while (first < ticks && !recorded[first]) {
            first++;
        }
        return new SummaryCollector(strategies.stream().map(StrategySpec::name).toList(),
                strategies.stream().map(st -> st.kind().name()).toList(), brandNames, checkpointTicks, checkpointAt,
                scenario.replications(), metrics, scenario.brandIndex(scenario.focalBrand().name()), baseline,
                scenario.outputs().confidence(), Math.min(first, ticks) * dt,
                strategies.stream().mapToInt(this::discountWindows).toArray(), notApplicable(baseline >= 0));
    }

    /** The metrics the run does not record because a mechanism they measure is off, with the reason. */
    private Map<Metric, String> notApplicable(boolean baseline) {
        Map<Metric, String> out = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            if (baseline || m.observed()) {
                m.notApplicable(scenario.mechanisms()).ifPresent(reason -> out.put(m, reason));
            }
        }
        return out;
    }

    /** The strategy's discount windows the model follows: lines with a depth, when discounts are on. */
    private int discountWindows(StrategySpec strategy) {
        if (!scenario.mechanisms().discount().enabled()) {
            return 0;
        }
        return (int) strategy.plan().stream().filter(l -> l instanceof LeverSpec.Discount d && d.depth() > 0).count();
    }

    /** One run's series, or how it failed. */
    record Attempt(RunSeries series, Outcome.Failed failed) {
    }

    /**
     * The runs of the replications {@code todo} handed to the executor, in the order the pool takes
     * them: replication, then strategy, the runs at the medians after the drawn ones.
     */
    private ExecutorAttempts remote(List<Integer> todo, int runsPerReplication, int perReplication, int total,
                                    StopSignal stop) {
        List<RunKey> keys = new ArrayList<>();
        for (int task = 0; task < total; task++) {
            int index = task % runsPerReplication;
            keys.add(new RunKey(index >= perReplication ? SeriesRuns.CENTRAL : 0, index % perReplication,
                    todo.get(task / runsPerReplication)));
        }
        List<StrategySpec> strategies = scenario.effectiveStrategies();
        return new ExecutorAttempts(executor, keys, new SeriesRuns(loaded), result -> {
            RunKey key = result.key();
            if (!result.failed()) {
                return new Attempt(RunSeries.unpacked(key.strategy(), key.replication(), scenario.brands().size(),
                        result.values()), null);
            }
            StrategySpec strategy = strategies.get(key.strategy());
            long seed = new RunSpec(scenario, loaded.edges(), strategy, key.replication()).replicationSeed();
            return new Attempt(null, new Outcome.Failed(new RunFailure(key.replication(), strategy.name(), seed,
                    String.valueOf(result.failure())), result.failure()));
        }, 2 * threads, stop);
    }

    /**
     * Runs one strategy of one replication on {@code market}, or, when it is null, on the
     * replication's drawn values (the scenario as given when it has none).
     */
    private Attempt attempt(Scenario market, int replication, int strategy) {
        List<StrategySpec> strategies = scenario.effectiveStrategies();
        RunSpec spec = new RunSpec(scenario, loaded.edges(), strategies.get(strategy), replication);
        RunSeries series = new RunSeries(strategy, replication, scenario.brands().size());
        try {
            Scenario runOn = market != null ? market : draws.isEmpty() ? scenario : draws.scenario(replication);
            // The strategy from the same scenario: an uncertain value may be in a strategy's plan.
            spec = new RunSpec(runOn, loaded.edges(), runOn.effectiveStrategies().get(strategy), replication);
            runner.run(spec, series);
            return new Attempt(series, null);
        } catch (Throwable e) {
            // One run's failure (a bug, a pathological network, an assertion, a linkage error)
            // must not cost the others' results: whatever it threw is recorded as that run's failure.
            return new Attempt(null, new Outcome.Failed(new RunFailure(replication, strategies.get(strategy).name(),
                    spec.replicationSeed(), String.valueOf(e)), e));
        }
    }

    private static double[][] nans(int rows, int columns) {
        double[][] out = new double[rows][columns];
        for (double[] row : out) {
            Arrays.fill(row, Double.NaN);
        }
        return out;
    }

    private void writeScenario(Path dir) {
        try {
            Files.writeString(dir.resolve(ResultFiles.SCENARIO_YAML), loaded.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode tree = TreeWriter.write(scenario);
        if (scenario.uncertain().isEmpty() && tree instanceof ObjectNode object) {
            // A scenario without uncertain values is written as before the section existed, so its results stay byte-identical.
            object.remove("uncertain");
        }
        ResultFiles.writeJson(dir.resolve(ResultFiles.SCENARIO_JSON), tree);
    }
}
