package dev.rapport.experiment.points;

import dev.rapport.experiment.StopSignal;
import java.util.List;
import java.util.function.Consumer;

/**
 * What executes a batch of runs: the {@link LocalExecutor}'s thread pool, or a cluster. Results
 * are handed back in the order of the keys, whatever order they finish in, which is what makes
 * an experiment's files independent of how it was executed.
 */
public interface RunExecutor {
    /**
     * Runs {@code keys} with {@code function} and hands each result to {@code results}, on the
     * calling thread, in the order of {@code keys}. Stops handing results once {@code stop} is
     * requested.
     *
     * @return how many results were handed: all of {@code keys} unless stopped
     */
    int execute(List<RunKey> keys, RunFunction function, Consumer<RunResult> results, StopSignal stop);
}
