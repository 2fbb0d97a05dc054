package dev.rapport.validation;

import dev.rapport.model.MarketModel;
import dev.rapport.model.Metric;
import dev.rapport.model.RunSpec;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.StrategySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Runs replications of a scenario on the suite's threads and returns their trajectories in
 * replication order. Each run is a pure function of (scenario, strategy, replication), so results
 * do not depend on the number of threads.
 */
final class Replications {
    private final ExecutorService pool;

    Replications(ExecutorService pool) {
        this.pool = pool;
    }

    /** Replications 0 .. count − 1 of the scenario's first strategy. */
    List<Trajectory> run(LoadedScenario loaded, int count, Metric... metrics) {
        return run(loaded, loaded.scenario().effectiveStrategies().get(0), count, metrics);
    }

    List<Trajectory> run(LoadedScenario loaded, StrategySpec strategy, int count, Metric... metrics) {
        return each(count, replication -> {
            Trajectory t = new Trajectory(metrics);
            new MarketModel(new RunSpec(loaded.scenario(), loaded.edges(), strategy, replication), t).runToHorizon();
            return t;
        });
    }

    /**
     * {@code job} for replications 0 .. count − 1 on the suite's threads, results in replication
     * order: for cases that read more of a run than its trajectory.
     */
    <T> List<T> each(int count, IntFunction<T> job) {
        List<Future<T>> futures = new ArrayList<>(count);
        for (int r = 0; r < count; r++) {
            int replication = r;
            futures.add(pool.submit(() -> job.apply(replication)));
        }
        List<T> out = new ArrayList<>(count);
        try {
            for (Future<T> f : futures) {
                out.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            futures.forEach(f -> f.cancel(true));
            throw new IllegalStateException("validation run interrupted", e);
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
        return out;
    }
}
