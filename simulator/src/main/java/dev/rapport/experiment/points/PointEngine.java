package dev.rapport.experiment.points;

import dev.rapport.experiment.ProgressListener;
import dev.rapport.experiment.StopSignal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Runs every strategy and replication at every point of an experiment that has not finished yet:
 * hands the runs to a {@link RunExecutor} in the fixed order, a batch at a time, and saves each
 * result in the {@link RunStore} as it comes back, so that nothing finished is lost and memory
 * holds one batch of keys, never the results. A run that throws is recorded and the others carry
 * on; a {@link StopSignal} ends the experiment early.
 */
public final class PointEngine {
    /** Runs handed to the executor at once: enough to keep a cluster busy, few enough to stop soon. */
    static final int BATCH = 4096;

    private final RunExecutor executor;
    private final int batch;

    public PointEngine(RunExecutor executor) {
        this(executor, BATCH);
    }

    PointEngine(RunExecutor executor, int batch) {
        this.executor = executor;
        this.batch = batch;
    }

    /** A run that threw, with its key. */
    public record Failure(RunKey key, Throwable cause) {
    }

    /**
     * How far the engine got.
     *
     * @param done      every finished run by index, those saved before included
     * @param ran       the runs this call finished
     * @param aborted   the unexpected error that stopped it (not one run's failure), or null
     */
    public record Result(BitSet done, int ran, List<Failure> failures, boolean interrupted, Throwable aborted) {
        public Result {
            failures = List.copyOf(failures);
        }
    }

    /**
     * @param layout   the experiment's points, strategies and replications
     * @param store    where finished runs are saved (and those saved before are found)
     * @param done     the runs already in the store
     * @param function one run
     */
    public Result run(Layout layout, RunStore.Session store, BitSet done, RunFunction function,
                      ProgressListener progress, StopSignal stop) {
        BitSet finished = (BitSet) done.clone();
        List<Failure> failures = new ArrayList<>();
        long total = layout.runs();
        int todo = Math.toIntExact(total - finished.cardinality());
        progress.start(todo);
        int ran = 0;
        boolean interrupted = false;
        Throwable aborted = null;
        try {
            long next = 0;
            while (next < total && !interrupted) {
                List<RunKey> keys = new ArrayList<>();
                while (next < total && keys.size() < batch) {
                    if (!finished.get(Math.toIntExact(next))) {
                        keys.add(RunKey.at(next, layout.strategies().size(), layout.replications()));
                    }
                    next++;
                }
                if (keys.isEmpty()) {
                    break;
                }
                int[] count = {0};
                int handed = executor.execute(keys, function, result -> {
                    long index = result.key().index(layout.strategies().size(), layout.replications());
                    if (result.failed()) {
                        failures.add(new Failure(result.key(), result.failure()));
                    } else {
                        store.put(index, result.values());
                        finished.set(Math.toIntExact(index));
                        count[0]++;
                    }
                    progress.runFinished(layout.strategies().get(result.key().strategy()), result.key().replication());
                }, stop);
                ran += count[0];
                interrupted = handed < keys.size();
            }
        } catch (RuntimeException | Error e) {
            // Not one run's failure but the experiment's own (a disk error saving a run): stop, and
            // still write what finished, so that it is kept for --resume.
            aborted = e;
        } finally {
            progress.end();
        }
        return new Result(finished, ran, failures, interrupted, aborted);
    }

    /**
     * The shape of an experiment: how many points, which strategies (by name, in order) and how
     * many replications of each at every point.
     */
    public record Layout(int points, List<String> strategies, int replications) {
        public Layout {
            strategies = List.copyOf(strategies);
            if (points < 1 || strategies.isEmpty() || replications < 1) {
                throw new IllegalArgumentException("an experiment needs points, strategies and replications");
            }
        }

        /** Runs in all: points x strategies x replications. */
        public long runs() {
            return (long) points * strategies.size() * replications;
        }
    }
}
