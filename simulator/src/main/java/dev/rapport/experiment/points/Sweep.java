package dev.rapport.experiment.points;

import dev.rapport.experiment.ManifestBuilder;
import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.ProgressListener;
import dev.rapport.experiment.ResultFiles;
import dev.rapport.experiment.StopSignal;
import dev.rapport.model.RunSpec;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.StrategySpec;
import dev.rapport.scenario.bind.TreeWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * {@code rapport sweep}'s experiment: every strategy and replication at every point of a
 * {@link SweepPlan}, run by the {@link PointEngine}, written as a result folder ({@code sweep.csv},
 * {@code points.csv}, {@code sweep.json}, {@code manifest.json} and the scenario). Finished runs
 * are kept in the folder's {@link RunStore}, so a stopped or partly failed sweep leaves an
 * incomplete but valid folder ({@code "complete": false}) that a resumed sweep finishes with
 * files byte-identical to an uninterrupted one's.
 */
public final class Sweep {
    public static final String SWEEP_JSON = "sweep.json";
    public static final String SWEEP_CSV = SweepFiles.SWEEP_CSV;
    public static final String POINTS_CSV = SweepFiles.POINTS_CSV;

    private final SweepPlan plan;
    private final RunExecutor executor;
    private final int threads;
    private final RunFunction function;

    /** A sweep on this machine's threads. */
    public Sweep(SweepPlan plan, int threads) {
        this(plan, new LocalExecutor(threads), threads, null);
    }

    /**
     * @param function one run; null: the model ({@link ScenarioRuns}); tests substitute one that counts or fails
     */
    public Sweep(SweepPlan plan, RunExecutor executor, int threads, RunFunction function) {
        this.plan = plan;
        this.executor = executor;
        this.threads = threads;
        this.function = function != null ? function : model(plan);
    }

    /** The model's run at a point, for tests that wrap it. */
    public static RunFunction model(SweepPlan plan) {
        return new ScenarioRuns(plan.scenario(), plan.points(), plan.metrics(), plan.strategies());
    }

    /**
     * Runs what the folder's store does not hold yet and writes every result file; the caller
     * commits the folder.
     */
    public SweepOutcome run(OutputFolder folder, String rapportVersion, ProgressListener progress, StopSignal stop) {
        Path dir = folder.work();
        LoadedScenario loaded = plan.scenario();
        ManifestBuilder manifest = new ManifestBuilder(loaded, threads, rapportVersion, Instant.now().toString(),
                plan.replications());
        PointEngine.Layout layout = plan.layout();
        RunStore store = new RunStore(dir, plan.metrics().size(), layout.runs());
        BitSet saved = store.completed();
        // A manifest from the start, so that even a folder left by kill -9 says what it holds and can be resumed.
        ResultFiles.writeJson(dir.resolve(ResultFiles.MANIFEST), manifest.build(false, List.of(), List.of(), null));
        ResultFiles.writeJson(dir.resolve(SWEEP_JSON), SweepRecord.of(plan, saved.cardinality(), List.of(), false));
        PointEngine.Result result;
        SweepFiles.Highlights highlights;
        try (RunStore.Session session = store.open()) {
            result = new PointEngine(executor).run(layout, session, saved, function, progress, stop);
            highlights = new SweepFiles(plan).write(dir, session);
        }
        List<SweepRecord.Failed> failures = failures(result.failures());
        boolean complete = result.aborted() == null && !result.interrupted() && failures.isEmpty()
                && result.done().cardinality() == layout.runs();
        writeScenario(dir);
        ResultFiles.writeJson(dir.resolve(ResultFiles.MANIFEST), manifest.build(complete,
                wholeReplications(result.done(), layout), failures.stream().map(SweepRecord.Failed::asRunFailure).toList(),
                result.aborted() == null ? null : String.valueOf(result.aborted())));
        ResultFiles.writeJson(dir.resolve(SWEEP_JSON), SweepRecord.of(plan, result.done().cardinality(), failures, complete));
        if (complete) {
            store.delete();
        }
        return new SweepOutcome(plan, layout.runs(), result.done().cardinality(), result.ran(), result.failures(),
                failures, result.interrupted(), complete, result.aborted(), highlights.shown(), highlights.wins());
    }

    private List<SweepRecord.Failed> failures(List<PointEngine.Failure> failures) {
        List<StrategySpec> strategies = plan.scenario().scenario().effectiveStrategies();
        List<SweepRecord.Failed> out = new ArrayList<>();
        for (PointEngine.Failure f : failures) {
            RunKey k = f.key();
            String name = plan.strategies().get(k.strategy());
            StrategySpec strategy = strategies.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
            long seed = new RunSpec(plan.scenario().scenario(), plan.scenario().edges(), strategy,
                    k.replication()).replicationSeed();
            out.add(new SweepRecord.Failed(k.point(), plan.points().get(k.point()).overrides(), name, k.replication(),
                    seed, String.valueOf(f.cause())));
        }
        return out;
    }

    /** The replications finished at every point and strategy. */
    private static List<Integer> wholeReplications(BitSet done, PointEngine.Layout layout) {
        List<Integer> out = new ArrayList<>();
        int s = layout.strategies().size();
        for (int r = 0; r < layout.replications(); r++) {
            boolean all = true;
            for (int p = 0; p < layout.points() && all; p++) {
                for (int st = 0; st < s && all; st++) {
                    all = done.get(Math.toIntExact(new RunKey(p, st, r).index(s, layout.replications())));
                }
            }
            if (all) {
                out.add(r);
            }
        }
        return out;
    }

    private void writeScenario(Path dir) {
        try {
            Files.writeString(dir.resolve(ResultFiles.SCENARIO_YAML), plan.scenario().text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ResultFiles.writeJson(dir.resolve(ResultFiles.SCENARIO_JSON), TreeWriter.write(plan.scenario().scenario()));
    }

    /** Copies the finished runs of an earlier, incomplete sweep folder into {@code folder}. */
    public static void resumeFrom(OutputFolder folder, Path earlier, SweepPlan plan) {
        new RunStore(folder.work(), plan.metrics().size(), plan.layout().runs()).copyFrom(earlier);
    }

    /** Whether a result folder holds a sweep. */
    public static boolean isSweep(Path folder) {
        return Files.isRegularFile(folder.resolve(SWEEP_JSON));
    }
}
