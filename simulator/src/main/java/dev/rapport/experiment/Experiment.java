package dev.rapport.experiment;

import dev.rapport.model.MarketModel;
import dev.rapport.model.RunSpec;
import dev.rapport.scenario.BrandSpec;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.Scenario;
import dev.rapport.scenario.StrategySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * Runs every strategy of a scenario over its replications and writes the result folder.
 *
 * <p>Runs are independent MASON simulations executed on a pool of threads; each is a pure
 * function of (scenario, strategy, replication). Their series are written in a fixed order
 * (replication, then strategy) as soon as every earlier run is written, with at most a small
 * window of runs in flight, so memory does not grow with the number of replications and the files
 * are byte-identical whatever the thread count.
 */
public final class Experiment {
    private final LoadedScenario loaded;
    private final Scenario scenario;
    private final int threads;

    public Experiment(LoadedScenario loaded, int threads) {
        this.loaded = loaded;
        this.scenario = loaded.scenario();
        this.threads = Math.max(1, threads);
    }

    /** Runs everything into {@code folder}'s work directory; the caller commits or abandons it. */
    public Summary run(OutputFolder folder, String rapportVersion, ProgressListener progress) {
        String started = Instant.now().toString();
        Path dir = folder.work();
        List<StrategySpec> strategies = scenario.effectiveStrategies();
        List<String> strategyNames = strategies.stream().map(StrategySpec::name).toList();
        List<String> brandNames = scenario.brands().stream().map(BrandSpec::name).toList();
        int reps = scenario.replications();
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

        SummaryCollector collector = new SummaryCollector(strategyNames, brandNames, checkpointTicks, checkpointAt, reps);
        int total = reps * strategies.size();
        progress.start(total);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rapport-run");
            t.setDaemon(true);
            return t;
        });
        try (SeriesWriter series = new SeriesWriter(dir.resolve(ResultFiles.SERIES), strategyNames, brandNames)) {
            Deque<Future<RunSeries>> window = new ArrayDeque<>();
            int next = 0;
            int windowSize = 2 * threads;
            for (int written = 0; written < total; written++) {
                while (next < total && window.size() < windowSize) {
                    int task = next++;
                    window.addLast(pool.submit(() -> runOne(strategies, task / strategies.size(), task % strategies.size())));
                }
                RunSeries run = await(window.removeFirst(), strategies);
                series.write(run);
                collector.add(run);
                progress.runFinished(strategyNames.get(run.strategy), run.replication);
            }
            series.flush();
        } finally {
            pool.shutdownNow();
            progress.end();
        }
        Summary summary = collector.summarise(scenario.outputs().objective(), scenario.brandIndex(scenario.focalBrand().name()));
        ResultFiles.writeSummary(dir, summary);
        writeScenario(dir);
        ResultFiles.writeJson(dir.resolve(ResultFiles.MANIFEST), manifest(rapportVersion, started, strategies));
        return summary;
    }

    private RunSeries runOne(List<StrategySpec> strategies, int replication, int strategy) {
        RunSpec spec = new RunSpec(scenario, loaded.edges(), strategies.get(strategy), replication);
        RunSeries series = new RunSeries(strategy, replication, scenario.brands().size());
        try {
            new MarketModel(spec, series).runToHorizon();
        } catch (RuntimeException | OutOfMemoryError e) {
            throw new SimulationException(strategies.get(strategy).name(), replication, spec.replicationSeed(), e);
        }
        return series;
    }

    private static RunSeries await(Future<RunSeries> future, List<StrategySpec> strategies) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a run", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SimulationException se) {
                throw se;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void writeScenario(Path dir) {
        try {
            Files.writeString(dir.resolve(ResultFiles.SCENARIO_YAML), loaded.text());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ResultFiles.writeJson(dir.resolve(ResultFiles.SCENARIO_JSON), dev.rapport.scenario.bind.TreeWriter.write(scenario));
    }

    private Manifest manifest(String version, String started, List<StrategySpec> strategies) {
        List<Long> seeds = IntStream.range(0, scenario.replications())
                .mapToObj(r -> new RunSpec(scenario, loaded.edges(), strategies.get(0), r).replicationSeed()).toList();
        List<Manifest.StrategyEntry> entries = strategies.stream().map(s -> new Manifest.StrategyEntry(s.name(),
                s.brand() != null ? s.brand() : scenario.focalBrand().name(), s.kind().name().toLowerCase(java.util.Locale.ROOT),
                s.description(), s.budget())).toList();
        return new Manifest(version, System.getProperty("java.version"), loaded.sourceName(), scenario.name(),
                loaded.sha256(), scenario.seed(), scenario.replications(), seeds, threads,
                scenario.time().tick().weeks(), scenario.ticks() * scenario.time().tick().weeks(),
                scenario.focalBrand().name(), scenario.outputs().objective(),
                scenario.brands().stream().map(BrandSpec::name).toList(), entries, loaded.overrides(), started,
                Instant.now().toString(), true);
    }
}
