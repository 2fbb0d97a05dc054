package dev.rapport.experiment.optimize;

import dev.rapport.experiment.ProgressListener;
import dev.rapport.experiment.StopSignal;
import dev.rapport.experiment.points.OutcomeMetrics;
import dev.rapport.experiment.points.PointEngine;
import dev.rapport.experiment.points.PointSet;
import dev.rapport.experiment.points.RunExecutor;
import dev.rapport.experiment.points.RunFunction;
import dev.rapport.experiment.points.RunKey;
import dev.rapport.experiment.points.RunStore;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.Function;

/**
 * The optimiser's runs, through the experiment engine: the points are placed one at a time, as
 * the optimiser asks for them, and each request hands the engine only the runs it needs (those
 * of other points, other strategies or later replications are marked done for that call). Every
 * run is saved in the {@link RunStore} as it finishes; a run found there is read, not run again,
 * which is how a resumed optimisation replays its evaluations without running them.
 */
final class Evaluations {
    /** The optimisation stopped (Ctrl-C) or a run failed: unwinds the optimiser. */
    static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient PointEngine.Failure failure;

        Stopped(PointEngine.Failure failure) {
            super(failure == null ? "stopped" : "a run failed", failure == null ? null : failure.cause());
            this.failure = failure;
        }
    }

    private final PointEngine engine;
    private final PointEngine.Layout layout;
    private final RunStore.Session store;
    private final Function<PointSet, RunFunction> runs;
    private final List<String> paths;
    private final double[] values;
    private final BitSet saved;
    private final StopSignal stop;
    private int placed;
    private long ran;

    /**
     * @param runs  one run at the points placed so far (the model, or a test's known function)
     * @param paths what each point sets
     * @param saved the runs already in the store
     */
    Evaluations(RunExecutor executor, PointEngine.Layout layout, RunStore.Session store, BitSet saved,
                Function<PointSet, RunFunction> runs, List<String> paths, StopSignal stop) {
        this.engine = new PointEngine(executor);
        this.layout = layout;
        this.store = store;
        this.saved = (BitSet) saved.clone();
        this.runs = runs;
        this.paths = List.copyOf(paths);
        this.values = new double[layout.points() * paths.size()];
        this.stop = stop;
    }

    /** Places the next point; its index. */
    int place(double[] settings) {
        if (placed == layout.points()) {
            throw new IllegalStateException("all " + placed + " points are placed");
        }
        System.arraycopy(settings, 0, values, placed * paths.size(), paths.size());
        return placed++;
    }

    /** The settings of a placed point. */
    double[] settings(int point) {
        return Arrays.copyOfRange(values, point * paths.size(), (point + 1) * paths.size());
    }

    /** Runs finished by this process (not read from the store). */
    long ran() {
        return ran;
    }

    /**
     * What the runs of {@code strategy} at {@code point} stored, replications {@code from} to
     * {@code to - 1}, running those not saved yet.
     *
     * @throws Stopped when a stop is requested or a run fails
     */
    double[][] stored(int point, int strategy, int from, int to) {
        return stored(point, new int[] {strategy}, from, to)[0];
    }

    /** As {@link #stored(int, int, int, int)} for several strategies at once (run together). */
    double[][][] stored(int point, int[] strategies, int from, int to) {
        int s = layout.strategies().size();
        int reps = layout.replications();
        BitSet skip = new BitSet(Math.toIntExact(layout.runs()));
        skip.set(0, Math.toIntExact(layout.runs()));
        boolean todo = false;
        for (int strategy : strategies) {
            for (int r = from; r < to; r++) {
                int index = Math.toIntExact(new RunKey(point, strategy, r).index(s, reps));
                if (!saved.get(index)) {
                    skip.clear(index);
                    todo = true;
                }
            }
        }
        if (todo) {
            RunFunction function = runs.apply(PointSet.of(paths, Arrays.copyOf(values, placed * paths.size())));
            PointEngine.Result result = engine.run(layout, store, skip, function, ProgressListener.NONE, stop);
            if (result.aborted() != null) {
                throw new IllegalStateException("the optimisation stopped unexpectedly", result.aborted());
            }
            ran += result.ran();
            result.done().andNot(skip);
            saved.or(result.done());
            if (!result.failures().isEmpty()) {
                throw new Stopped(result.failures().get(0));
            }
            if (result.interrupted()) {
                throw new Stopped(null);
            }
        }
        double[][][] out = new double[strategies.length][to - from][];
        for (int k = 0; k < strategies.length; k++) {
            for (int r = from; r < to; r++) {
                out[k][r - from] = store.get(new RunKey(point, strategies[k], r).index(s, reps));
            }
        }
        return out;
    }

    /** The reported values of runs from their stored ones, against the baseline's of the same replications (null: none). */
    static double[][] derived(OutcomeMetrics metrics, double[][] stored, double[][] baseline) {
        double[][] out = new double[stored.length][];
        for (int r = 0; r < stored.length; r++) {
            out[r] = metrics.derive(stored[r], baseline == null ? null : baseline[r]);
        }
        return out;
    }
}
