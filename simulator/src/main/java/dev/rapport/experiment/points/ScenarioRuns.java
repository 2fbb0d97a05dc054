package dev.rapport.experiment.points;

import dev.rapport.experiment.ParameterDraws;
import dev.rapport.model.MarketModel;
import dev.rapport.model.Metric;
import dev.rapport.model.MetricSink;
import dev.rapport.model.RunSpec;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.Scenario;
import dev.rapport.scenario.ScenarioLoader;
import dev.rapport.scenario.StrategySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of the model at a point of an experiment: the scenario text with its overrides and the
 * point's, loaded and checked as {@code rapport run} would, then one strategy in one replication,
 * reduced to the {@link OutcomeMetrics}. The replication's seed comes from the scenario's seed and
 * the replication alone, so replication r meets the same consumers and draws at every point and
 * strategy (common random numbers). The scenario's {@code uncertain:} values are drawn per
 * replication as {@code rapport run} draws them ({@link ParameterDraws}: from the seed, the
 * replication and the path alone), on top of the point's overrides; a value the point sets itself
 * is not drawn, the point's value stands. Holds only text and numbers, so it can travel to a cluster.
 */
public final class ScenarioRuns implements EdgeListRuns {
    private static final long serialVersionUID = 1L;
    /** Scenarios kept loaded: the runs in flight are at a few neighbouring points. */
    private static final int CACHED = 8;

    private final String text;
    private final String sourceName;
    private final String baseFile;
    private final List<String> overrides;
    private final PointSet points;
    /** The metrics the scenario reports at every point; a point that changes them is refused. */
    private final List<String> scenarioColumns;
    private final List<String> metricColumns;
    /** The scenario's index of each strategy run, by {@link RunKey#strategy}. */
    private final int[] strategies;
    /** The network's edge-list file on the machine that planned the runs, or null. */
    private final String edgeListFile;
    /** Where this machine holds a copy of the edge list (a cluster's executor), or null: read {@link #edgeListFile}. */
    private final String edgeListCopy;
    private transient Map<Integer, AtPoint> cache;

    /**
     * Runs of every strategy of the scenario.
     *
     * @param scenario the scenario with the experiment's overrides (not the points')
     * @param points   the experiment's points, by index
     * @param metrics  the values each run gives, in order
     */
    public ScenarioRuns(LoadedScenario scenario, PointSet points, OutcomeMetrics metrics) {
        this(scenario, points, metrics, scenario.scenario().effectiveStrategies().stream().map(StrategySpec::name).toList());
    }

    /**
     * @param metrics    the values each run gives, in order: the scenario's or some of them
     * @param strategies the strategies run, by {@link RunKey#strategy}: the scenario's or some of them
     */
    public ScenarioRuns(LoadedScenario scenario, PointSet points, OutcomeMetrics metrics, List<String> strategies) {
        this.text = scenario.text();
        this.sourceName = scenario.sourceName();
        this.baseFile = scenario.file() == null ? null : scenario.file().toString();
        this.overrides = List.copyOf(scenario.overrides());
        this.points = points;
        this.scenarioColumns = OutcomeMetrics.of(scenario.scenario()).columns();
        this.metricColumns = metrics.columns();
        List<String> names = scenario.scenario().effectiveStrategies().stream().map(StrategySpec::name).toList();
        this.strategies = strategies.stream().mapToInt(names::indexOf).toArray();
        for (int i = 0; i < this.strategies.length; i++) {
            if (this.strategies[i] < 0) {
                throw new IllegalArgumentException("strategy " + strategies.get(i) + " is not in the scenario");
            }
        }
        this.edgeListFile = scenario.edgeListFile().map(Path::toString).orElse(null);
        this.edgeListCopy = null;
    }

    private ScenarioRuns(ScenarioRuns runs, String edgeListCopy) {
        this.text = runs.text;
        this.sourceName = runs.sourceName;
        this.baseFile = runs.baseFile;
        this.overrides = runs.overrides;
        this.points = runs.points;
        this.scenarioColumns = runs.scenarioColumns;
        this.metricColumns = runs.metricColumns;
        this.strategies = runs.strategies;
        this.edgeListFile = runs.edgeListFile;
        this.edgeListCopy = edgeListCopy;
    }

    @Override
    public Path edgeListFile() {
        return edgeListFile == null ? null : Path.of(edgeListFile);
    }

    @Override
    public RunFunction readingEdgeListAt(Path copy) {
        return new ScenarioRuns(this, copy.toAbsolutePath().toString());
    }

    @Override
    public double[] run(RunKey key) {
        LoadedScenario loaded = at(key.point());
        // The strategy from the drawn scenario: an uncertain value may be in a strategy's plan.
        Scenario scenario = scenario(key);
        int focal = scenario.brandIndex(scenario.focalBrand().name());
        Horizon horizon = new Horizon(focal);
        new MarketModel(new RunSpec(scenario, loaded.edges(),
                scenario.effectiveStrategies().get(strategies[key.strategy()]), key.replication()), horizon).runToHorizon();
        return OutcomeMetrics.of(scenario).only(metricColumns).stored(horizon.last, horizon.revenue);
    }

    /** The scenario a run plays: the point's, with the replication's draws of the values the point does not set. */
    Scenario scenario(RunKey key) {
        AtPoint at = atPoint(key.point());
        return at.draws().isEmpty() ? at.loaded().scenario() : at.draws().scenario(key.replication());
    }

    /** The scenario at a point, loaded once for the runs in flight there. */
    LoadedScenario at(int point) {
        return atPoint(point).loaded();
    }

    /** The scenario at a point and the draws of the uncertain values the point does not set. */
    private record AtPoint(LoadedScenario loaded, ParameterDraws draws) {
    }

    private AtPoint atPoint(int point) {
        synchronized (this) {
            if (cache == null) {
                cache = new LinkedHashMap<>(16, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<Integer, AtPoint> eldest) {
                        return size() > CACHED;
                    }
                };
            }
            AtPoint cached = cache.get(point);
            if (cached != null) {
                return cached;
            }
        }
        List<String> all = new ArrayList<>(overrides);
        all.addAll(points.get(point).overrides());
        if (edgeListCopy != null) {
            all.add(EdgeListRuns.override(edgeListCopy));
        }
        LoadedScenario loaded = new ScenarioLoader(Metric.names()).load(text.getBytes(StandardCharsets.UTF_8),
                sourceName, baseFile == null ? null : Path.of(baseFile), all);
        if (!OutcomeMetrics.of(loaded.scenario()).columns().equals(scenarioColumns)) {
            // The point turned a mechanism or the baseline on or off: its runs would not line up with the others'.
            throw new IllegalStateException("point " + point + " " + points.get(point).overrides()
                    + " changes which metrics apply; sweep values that keep mechanisms and the baseline as they are");
        }
        AtPoint at = new AtPoint(loaded, new ParameterDraws(loaded.scenario(),
                points.get(point).settings().stream().map(Setting::path).toList()));
        synchronized (this) {
            cache.put(point, at);
        }
        return at;
    }

    /** Keeps the focal brand's last recorded row and its revenue summed over the run. */
    private static final class Horizon implements MetricSink {
        private final int focal;
        private double[] last = new double[Metric.values().length];
        private double revenue;

        Horizon(int focal) {
            this.focal = focal;
        }

        @Override
        public void record(int tick, double week, int brand, double[] values) {
            if (brand == focal) {
                last = values.clone();
                // Each record's revenue covers the ticks since the one before.
                revenue += values[Metric.REVENUE.ordinal()];
            }
        }
    }
}
