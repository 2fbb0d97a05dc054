package dev.rapport.experiment;

/**
 * Where an {@link Experiment} takes its runs' attempts from, one at a time in the order of its
 * runs: its own pool of threads ({@link PoolAttempts}) or a {@code RunExecutor} such as a cluster
 * ({@link ExecutorAttempts}). Either way the experiment saves them in that order, which is what
 * makes its files the same however the runs were executed.
 */
sealed interface Attempts extends AutoCloseable permits PoolAttempts, ExecutorAttempts {
    /** The next run's attempt, or null when a stop is requested first (or the runs ended). */
    Experiment.Attempt next(StopSignal stop);

    /** Stops running: attempts not taken are dropped. */
    @Override
    void close();
}
