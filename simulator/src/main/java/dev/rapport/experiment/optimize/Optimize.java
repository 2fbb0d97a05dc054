package dev.rapport.experiment.optimize;

import dev.rapport.experiment.ManifestBuilder;
import dev.rapport.experiment.ResultFiles;
import dev.rapport.experiment.StopSignal;
import dev.rapport.experiment.points.LocalExecutor;
import dev.rapport.report.chart.ChartRenderer;
import dev.rapport.report.chart.OptimizeCharts;
import dev.rapport.experiment.points.PointSet;
import dev.rapport.experiment.points.RunExecutor;
import dev.rapport.experiment.points.RunFunction;
import dev.rapport.experiment.points.RunStore;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.bind.TreeWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * {@code rapport optimize}'s experiment as a result folder: the {@link Optimization} run with its
 * runs saved in the folder's store, then its files ({@link OptimizeFiles}), the scenario it ran and
 * a manifest. A stopped or failed optimisation leaves its finished runs in {@code resume/} with
 * {@code "complete": false}; resumed with the same settings, it replays the saved runs and writes
 * files identical to an uninterrupted one's. The settings are kept beside the runs
 * ({@value #SETTINGS}) so that a resume with other settings is refused rather than mixed.
 */
public final class Optimize {
    static final String SETTINGS = "optimize-settings.json";
    /** The folder of the charts (PNG and SVG). */
    public static final String CHARTS = "charts";

    private final Optimization optimization;
    private final RunExecutor executor;
    private final int threads;
    private final Function<PointSet, RunFunction> runs;

    /** An optimisation on this machine's threads, running the model. */
    public Optimize(Optimization optimization, int threads) {
        this(optimization, new LocalExecutor(threads), threads, null);
    }

    /**
     * @param runs one run at given points; null: the model (tests substitute a function whose optimum is known)
     */
    public Optimize(Optimization optimization, RunExecutor executor, int threads, Function<PointSet, RunFunction> runs) {
        this.optimization = optimization;
        this.executor = executor;
        this.threads = threads;
        this.runs = runs != null ? runs : optimization.modelRuns();
    }

    /**
     * Runs what {@code dir}'s store does not hold and writes every file into {@code dir}.
     *
     * @param user the scenario as given (its overrides are listed in best-plan.yaml's header)
     */
    public OptimizeOutcome run(Path dir, LoadedScenario user, String rapportVersion, StopSignal stop,
                               Optimization.Listener listener) {
        LoadedScenario loaded = optimization.scenario();
        int reps = optimization.layout().replications();
        ManifestBuilder manifest = new ManifestBuilder(loaded, threads, rapportVersion, Instant.now().toString(), reps);
        ResultFiles.writeJson(dir.resolve(ResultFiles.MANIFEST), manifest.build(false, List.of(), List.of(), null));
        writeSettings(dir);
        OptimizeOutcome outcome = optimization.run(dir, executor, runs, stop, listener);
        OptimizeFiles.write(dir, outcome, optimization.plan(), user.overrides());
        try {
            Files.writeString(dir.resolve(ResultFiles.SCENARIO_YAML), loaded.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ResultFiles.writeJson(dir.resolve(ResultFiles.SCENARIO_JSON), TreeWriter.write(loaded.scenario()));
        List<Integer> done = outcome.complete() ? IntStream.range(0, 2 * outcome.replications()).boxed().toList() : List.of();
        ResultFiles.writeJson(dir.resolve(ResultFiles.MANIFEST), manifest.build(outcome.complete(), done, List.of(),
                outcome.failure()));
        if (outcome.complete()) {
            writeCharts(dir);
            new RunStore(dir, optimization.metrics().size(), optimization.layout().runs()).delete();
        }
        return outcome;
    }

    /** The trace and the response curves, drawn by the reports module from the tables just written. */
    private void writeCharts(Path dir) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        new ChartRenderer().writeAll(OptimizeCharts.of(dir, optimization.settingsObjective()), dir.resolve(CHARTS));
    }

    private void writeSettings(Path dir) {
        try {
            Files.createDirectories(dir.resolve("resume"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ResultFiles.writeJson(dir.resolve("resume").resolve(SETTINGS), fingerprint());
    }

    private Object fingerprint() {
        return java.util.Map.of("settings", optimization.settingsText(), "scenario_sha256",
                optimization.scenario().sha256(), "overrides", optimization.scenario().overrides());
    }

    /**
     * Where an earlier, incomplete run of this optimisation left its runs: {@code target} (stopped
     * by Ctrl-C or a failure) or a hidden work folder beside it ({@code .NAME.partial-*}, left by a
     * kill -9); of those run with these settings on this scenario, the one with the most finished
     * runs, or null when there is none.
     */
    public Path earlier(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        List<Path> candidates = new java.util.ArrayList<>(List.of(abs));
        try (var siblings = Files.list(abs.getParent())) {
            siblings.filter(p -> p.getFileName().toString().startsWith("." + abs.getFileName() + ".partial-"))
                    .sorted().forEach(candidates::add);
        } catch (IOException e) {
            // No folder beside it to look in: only the target counts.
        }
        Path best = null;
        int most = -1;
        for (Path folder : candidates) {
            if (sameSettings(folder)) {
                int done = new RunStore(folder, optimization.metrics().size(), optimization.layout().runs()).completed()
                        .cardinality();
                if (done > most) {
                    best = folder;
                    most = done;
                }
            }
        }
        return best;
    }

    /** Whether {@code folder} holds runs of this optimisation (same settings, scenario and overrides). */
    public boolean sameSettings(Path folder) {
        Path file = folder.resolve("resume").resolve(SETTINGS);
        if (!Files.isRegularFile(file) || !RunStore.present(folder)) {
            return false;
        }
        try {
            Object before = ResultFiles.json().readValue(file.toFile(), Object.class);
            Object now = ResultFiles.json().readValue(ResultFiles.json().writeValueAsBytes(fingerprint()), Object.class);
            return before.equals(now);
        } catch (IOException e) {
            return false;
        }
    }

    /** Copies the finished runs of {@link #earlier} into {@code work}. */
    public void resumeFrom(Path work, Path earlier) {
        new RunStore(work, optimization.metrics().size(), optimization.layout().runs()).copyFrom(earlier);
    }
}
