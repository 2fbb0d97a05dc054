package dev.rapport.experiment.calibrate;

import dev.rapport.experiment.ProgressListener;
import dev.rapport.experiment.StopSignal;
import dev.rapport.experiment.points.PointEngine;
import dev.rapport.experiment.points.RunExecutor;
import dev.rapport.experiment.points.RunKey;
import dev.rapport.experiment.points.RunStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * The candidates a calibration evaluates, in the order it asks for them: candidate k is point k of
 * the experiment engine, its replications run by the {@link PointEngine} on the {@link RunExecutor}
 * and saved in the {@link RunStore} as they finish. A candidate whose runs are already saved (a
 * resumed calibration asks for the same candidates in the same order, the search being a
 * deterministic function of the losses) is read back, not run.
 */
public final class Evaluations {
    /** A stop was asked for (Ctrl-C): the candidates saved so far are kept. */
    static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("stopped", null, false, false);
        }
    }

    /** One candidate evaluated. */
    /**
     * One candidate evaluated.
     *
     * @param lossError the Monte Carlo standard error of the loss: jackknife over the replications
     *                  (0 with one replication)
     */
    public record Evaluation(int index, String phase, double[] values, double loss, double lossError, double[] mean,
                             double[] sd) {
    }

    private final CalibrationPlan plan;
    private final CalibrationRuns runs;
    private final RunExecutor executor;
    private final RunStore.Session store;
    private final BitSet done;
    private final StopSignal stop;
    private final Loss loss;
    private final Consumer<Evaluation> listener;
    private final List<Evaluation> trace = new ArrayList<>();
    private int ran;

    Evaluations(CalibrationPlan plan, CalibrationRuns runs, RunExecutor executor, RunStore.Session store, BitSet done,
                StopSignal stop, Consumer<Evaluation> listener) {
        this.plan = plan;
        this.runs = runs;
        this.executor = executor;
        this.store = store;
        this.done = done;
        this.stop = stop;
        this.loss = new Loss(plan.data());
        this.listener = listener;
    }

    Loss loss() {
        return loss;
    }

    List<Evaluation> trace() {
        return List.copyOf(trace);
    }

    /** The runs this call made (not read back from the store). */
    int ran() {
        return ran;
    }

    /** Every candidate so far, the best (lowest loss, earliest on a tie) of them. */
    Evaluation best() {
        Evaluation best = null;
        for (Evaluation e : trace) {
            if (best == null || e.loss() < best.loss()) {
                best = e;
            }
        }
        return best;
    }

    /**
     * The jackknife standard error of the loss over the replications: how much the loss would move
     * with other seeds, which the model's discrete events make rough even on common random numbers.
     */
    private double jackknife(double[][] sims, double[] mean) {
        int reps = sims.length;
        if (reps < 2) {
            return 0;
        }
        double[] leaveOut = new double[reps];
        double sum = 0;
        for (int r = 0; r < reps; r++) {
            double[] without = new double[mean.length];
            for (int i = 0; i < mean.length; i++) {
                without[i] = (mean[i] * reps - sims[r][i]) / (reps - 1);
            }
            leaveOut[r] = loss.of(without);
            sum += leaveOut[r];
        }
        double average = sum / reps;
        double ss = 0;
        for (double l : leaveOut) {
            ss += (l - average) * (l - average);
        }
        return Math.sqrt((reps - 1.0) / reps * ss);
    }

    /**
     * Evaluates a candidate: runs (or reads back) its replications and returns the loss of their mean.
     *
     * @throws Stopped when a stop was asked for
     */
    Evaluation evaluate(double[] values, String phase) {
        if (stop.isRequested()) {
            throw new Stopped();
        }
        int point = trace.size();
        if (point >= plan.capacity()) {
            throw new IllegalStateException("more evaluations than planned: " + point);
        }
        int reps = plan.replications();
        int d = values.length;
        int n = plan.data().size();
        for (int r = 0; r < reps; r++) {
            long index = new RunKey(point, 0, r).index(1, reps);
            double[] saved = done.get(Math.toIntExact(index)) ? store.get(index) : null;
            if (saved == null || !Arrays.equals(Arrays.copyOf(saved, d), values)) {
                // Not saved, or saved for another candidate (a calibration changed since): run it.
                done.clear(Math.toIntExact(index));
            }
        }
        runs.place(point, values);
        PointEngine.Result result = new PointEngine(executor).run(new PointEngine.Layout(point + 1, List.of(plan.strategy()),
                reps), store, done, runs, ProgressListener.NONE, stop);
        runs.release(point);
        if (result.aborted() != null) {
            throw new IllegalStateException("the calibration stopped unexpectedly: " + result.aborted(), result.aborted());
        }
        if (!result.failures().isEmpty()) {
            PointEngine.Failure f = result.failures().get(0);
            throw new CalibrationRunException(f.key().replication(), values, plan, f.cause());
        }
        done.or(result.done());
        ran += result.ran();
        if (result.interrupted()) {
            throw new Stopped();
        }
        double[][] sims = new double[reps][];
        for (int r = 0; r < reps; r++) {
            double[] saved = store.get(new RunKey(point, 0, r).index(1, reps));
            sims[r] = Arrays.copyOfRange(saved, d, d + n);
        }
        double[] mean = new double[n];
        double[] sd = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (double[] s : sims) {
                sum += s[i];
            }
            mean[i] = sum / reps;
            double ss = 0;
            for (double[] s : sims) {
                ss += (s[i] - mean[i]) * (s[i] - mean[i]);
            }
            sd[i] = reps > 1 ? Math.sqrt(ss / (reps - 1)) : Double.NaN;
        }
        Evaluation e = new Evaluation(point, phase, values.clone(), loss.of(mean), jackknife(sims, mean), mean, sd);
        trace.add(e);
        listener.accept(e);
        return e;
    }
}
