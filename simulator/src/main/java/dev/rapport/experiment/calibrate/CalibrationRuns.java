package dev.rapport.experiment.calibrate;

import dev.rapport.experiment.points.EdgeListRuns;
import dev.rapport.experiment.points.RunFunction;
import dev.rapport.experiment.points.RunKey;
import dev.rapport.experiment.points.Setting;
import dev.rapport.model.MarketModel;
import dev.rapport.model.Metric;
import dev.rapport.model.RunSpec;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.Scenario;
import dev.rapport.scenario.ScenarioLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One run of a calibration: the scenario with a candidate's values ({@code --set} overrides, as a
 * sweep's point), the observed brand's strategy, one replication, reduced to the observed periods
 * ({@link PeriodSink}). A run stores the candidate's values first, then one simulated value per
 * observation, so that a resumed calibration can check that a saved evaluation is the one it asks
 * for. Replication r has the same seed for every candidate: common random numbers, so the loss is
 * a smooth function of the values rather than of the seeds.
 *
 * <p>The candidates are not known in advance (the optimiser picks each from the losses before
 * it): the calibration {@link #place}s one at its evaluation index before asking for its runs.
 */
public final class CalibrationRuns implements EdgeListRuns {
    private static final long serialVersionUID = 1L;
    private static final int CACHED = 4;

    private final String text;
    private final String sourceName;
    private final String baseFile;
    private final List<String> overrides;
    private final List<CalibrationPlan.Parameter> parameters;
    private final String strategy;
    private final List<Observation> rows;
    private final Map<Integer, double[]> candidates;
    private final Simulator simulator;
    /** The network's edge-list file on the machine that planned the runs, or null. */
    private final String edgeListFile;
    /** Where this machine holds a copy of the edge list (a cluster's executor), or null: read {@link #edgeListFile}. */
    private final String edgeListCopy;
    private transient Map<Integer, LoadedScenario> cache;

    /**
     * One replication of a candidate reduced to the observed periods, in place of the model: tests
     * substitute a known function. Serializable, as a run function must be.
     */
    @FunctionalInterface
    public interface Simulator extends java.io.Serializable {
        /** The simulated value of each observation, in row order. */
        double[] simulate(double[] values, int replication);
    }

    /**
     * @param simulator a replication in place of the model, or null for the model
     */
    CalibrationRuns(CalibrationPlan plan, Simulator simulator) {
        this.simulator = simulator;
        LoadedScenario scenario = plan.scenario();
        this.text = scenario.text();
        this.sourceName = scenario.sourceName();
        this.baseFile = scenario.file() == null ? null : scenario.file().toString();
        List<String> all = new ArrayList<>(scenario.overrides());
        // Every tick recorded, so that a stock is read at its week whatever outputs.every_weeks says.
        all.add(new Setting("outputs.every_weeks", scenario.scenario().time().tick().weeks()).override());
        this.overrides = List.copyOf(all);
        this.parameters = plan.parameters();
        this.strategy = plan.strategy();
        this.rows = plan.data().rows();
        this.candidates = new ConcurrentHashMap<>();
        this.edgeListFile = scenario.edgeListFile().map(Path::toString).orElse(null);
        this.edgeListCopy = null;
    }

    private CalibrationRuns(CalibrationRuns runs, String edgeListCopy) {
        this.simulator = runs.simulator;
        this.text = runs.text;
        this.sourceName = runs.sourceName;
        this.baseFile = runs.baseFile;
        this.overrides = runs.overrides;
        this.parameters = runs.parameters;
        this.strategy = runs.strategy;
        this.rows = runs.rows;
        this.candidates = runs.candidates;
        this.edgeListFile = runs.edgeListFile;
        this.edgeListCopy = edgeListCopy;
    }

    @Override
    public Path edgeListFile() {
        return edgeListFile == null ? null : Path.of(edgeListFile);
    }

    @Override
    public RunFunction readingEdgeListAt(Path copy) {
        return new CalibrationRuns(this, copy.toAbsolutePath().toString());
    }

    /** Sets the candidate evaluated at {@code point}: one value per parameter, in plan order. */
    void place(int point, double[] values) {
        candidates.put(point, values.clone());
    }

    /** Forgets the candidates up to {@code point}, whose runs are done. */
    void release(int point) {
        candidates.remove(point);
    }

    @Override
    public double[] run(RunKey key) {
        double[] values = candidates.get(key.point());
        if (values == null) {
            throw new IllegalStateException("no candidate placed at evaluation " + key.point());
        }
        double[] simulated = simulator != null ? simulator.simulate(values.clone(), key.replication())
                : model(key, values);
        double[] out = new double[values.length + simulated.length];
        System.arraycopy(values, 0, out, 0, values.length);
        System.arraycopy(simulated, 0, out, values.length, simulated.length);
        return out;
    }

    private double[] model(RunKey key, double[] values) {
        LoadedScenario loaded = at(key.point(), values);
        Scenario scenario = loaded.scenario();
        PeriodSink sink = new PeriodSink(rows);
        var played = scenario.effectiveStrategies().stream().filter(s -> s.name().equals(strategy)).findFirst()
                .orElseThrow();
        new MarketModel(new RunSpec(scenario, loaded.edges(), played, key.replication()), sink).runToHorizon();
        return sink.values();
    }

    /** The scenario with a candidate's values, loaded once for its replications. */
    private LoadedScenario at(int point, double[] values) {
        synchronized (this) {
            if (cache == null) {
                cache = new LinkedHashMap<>(16, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<Integer, LoadedScenario> eldest) {
                        return size() > CACHED;
                    }
                };
            }
            LoadedScenario loaded = cache.get(point);
            if (loaded != null) {
                return loaded;
            }
        }
        List<String> all = new ArrayList<>(overrides);
        for (int d = 0; d < values.length; d++) {
            all.add(new Setting(parameters.get(d).path(), values[d]).override());
        }
        if (edgeListCopy != null) {
            all.add(EdgeListRuns.override(edgeListCopy));
        }
        LoadedScenario loaded = new ScenarioLoader(Metric.names()).load(text.getBytes(StandardCharsets.UTF_8),
                sourceName, baseFile == null ? null : Path.of(baseFile), all);
        synchronized (this) {
            cache.put(point, loaded);
        }
        return loaded;
    }
}
