package dev.rapport.experiment;

import dev.rapport.experiment.points.EdgeListRuns;
import dev.rapport.experiment.points.RunFunction;
import dev.rapport.experiment.points.RunKey;
import dev.rapport.model.MarketModel;
import dev.rapport.model.Metric;
import dev.rapport.model.RunSpec;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.Scenario;
import dev.rapport.scenario.ScenarioLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of {@code rapport run} or {@code compare} as a run function, for an executor elsewhere
 * than this JVM: the scenario's text and overrides, loaded once where it runs, one strategy in one
 * replication, and the run's whole recorded series back as numbers ({@link RunSeries#packed}). Point
 * 0 of a {@link RunKey} is the replication's drawn values (the scenario as given when it has none),
 * point 1 every uncertain value at its median, as {@link Experiment} runs them.
 */
final class SeriesRuns implements EdgeListRuns {
    private static final long serialVersionUID = 1L;
    /** The point of a run at the uncertain values' medians. */
    static final int CENTRAL = 1;

    private final String text;
    private final String sourceName;
    private final String baseFile;
    private final List<String> overrides;
    private final String edgeListFile;
    private final String edgeListCopy;
    private transient Loaded loaded;

    private record Loaded(LoadedScenario scenario, ParameterDraws draws) {
    }

    SeriesRuns(LoadedScenario scenario) {
        this.text = scenario.text();
        this.sourceName = scenario.sourceName();
        this.baseFile = scenario.file() == null ? null : scenario.file().toString();
        this.overrides = List.copyOf(scenario.overrides());
        this.edgeListFile = scenario.edgeListFile().map(Path::toString).orElse(null);
        this.edgeListCopy = null;
    }

    private SeriesRuns(SeriesRuns runs, String edgeListCopy) {
        this.text = runs.text;
        this.sourceName = runs.sourceName;
        this.baseFile = runs.baseFile;
        this.overrides = runs.overrides;
        this.edgeListFile = runs.edgeListFile;
        this.edgeListCopy = edgeListCopy;
    }

    @Override
    public double[] run(RunKey key) {
        Loaded at = loaded();
        Scenario scenario = at.scenario().scenario();
        Scenario runOn = key.point() == CENTRAL ? at.draws().central()
                : at.draws().isEmpty() ? scenario : at.draws().scenario(key.replication());
        RunSeries series = new RunSeries(key.strategy(), key.replication(), scenario.brands().size());
        // The strategy from the same scenario: an uncertain value may be in a strategy's plan.
        new MarketModel(new RunSpec(runOn, at.scenario().edges(), runOn.effectiveStrategies().get(key.strategy()),
                key.replication()), series).runToHorizon();
        return series.packed();
    }

    private synchronized Loaded loaded() {
        if (loaded == null) {
            List<String> all = new ArrayList<>(overrides);
            if (edgeListCopy != null) {
                all.add(EdgeListRuns.override(edgeListCopy));
            }
            LoadedScenario scenario = new ScenarioLoader(Metric.names()).load(text.getBytes(StandardCharsets.UTF_8),
                    sourceName, baseFile == null ? null : Path.of(baseFile), all);
            loaded = new Loaded(scenario, new ParameterDraws(scenario));
        }
        return loaded;
    }

    @Override
    public Path edgeListFile() {
        return edgeListFile == null ? null : Path.of(edgeListFile);
    }

    @Override
    public RunFunction readingEdgeListAt(Path copy) {
        return new SeriesRuns(this, copy.toAbsolutePath().toString());
    }
}
