package dev.rapport.experiment;

import dev.rapport.experiment.points.RunExecutor;
import dev.rapport.experiment.points.RunFunction;
import dev.rapport.experiment.points.RunKey;
import dev.rapport.experiment.points.RunResult;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The runs of an {@link Experiment} executed by a {@link RunExecutor} (a cluster) rather than the
 * experiment's own pool: the executor hands results, in key order, on a thread of its own into a
 * short queue, from which the experiment takes them one at a time as it takes its own runs' results.
 */
final class ExecutorAttempts implements Attempts {
    /** Marks the end of the executor's results: it finished, or stopped. */
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private final Thread thread;

    /**
     * @param attempt what a result is to the experiment
     * @param window  results waiting at most: the executor holds back while the experiment saves
     */
    ExecutorAttempts(RunExecutor executor, List<RunKey> keys, RunFunction function,
                     Function<RunResult, Experiment.Attempt> attempt, int window, StopSignal stop) {
        this.queue = new ArrayBlockingQueue<>(Math.max(1, window) + 1);
        this.thread = new Thread(() -> {
            Object last = END;
            try {
                executor.execute(keys, function, result -> put(attempt.apply(result)), stop);
            } catch (Handover e) {
                return;
            } catch (RuntimeException | Error e) {
                last = e;
            }
            try {
                queue.put(last);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "rapport-run-executor");
        thread.setDaemon(true);
        thread.start();
    }

    /** The next run's attempt, or null when a stop is requested (or the executor stopped) first. */
    @Override
    public Experiment.Attempt next(StopSignal stop) {
        while (true) {
            if (stop.isRequested()) {
                return null;
            }
            Object taken;
            try {
                // Wakes up now and then to notice a stop: one run of a large scenario can take minutes.
                taken = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            if (taken == END) {
                return null;
            } else if (taken instanceof Throwable e) {
                throw new IllegalStateException("the executor of the runs stopped: " + e, e);
            } else if (taken != null) {
                return (Experiment.Attempt) taken;
            }
        }
    }

    private void put(Experiment.Attempt attempt) {
        try {
            queue.put(attempt);
        } catch (InterruptedException e) {
            // close(): the experiment takes no more results; unwind the executor.
            throw new Handover();
        }
    }

    /** Stops handing results: the executor's thread is interrupted and unwinds. */
    @Override
    public void close() {
        thread.interrupt();
    }

    /** Unwinds the executor when the experiment no longer takes results. */
    private static final class Handover extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Handover() {
            super(null, null, false, false);
        }
    }
}
