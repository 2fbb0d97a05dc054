package dev.rapport.experiment.points;

import dev.rapport.experiment.StopSignal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs a batch on a pool of threads on this machine, with at most two runs per thread in flight:
 * results are taken in key order, so a run that finishes early waits in the window, and memory
 * stays that of a few runs however long the batch.
 */
public final class LocalExecutor implements RunExecutor {
    private final int threads;

    public LocalExecutor(int threads) {
        this.threads = Math.max(1, threads);
    }

    public int threads() {
        return threads;
    }

    @Override
    public int execute(List<RunKey> keys, RunFunction function, Consumer<RunResult> results, StopSignal stop) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rapport-point-run");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<RunResult>> window = new ArrayDeque<>();
            int next = 0;
            int windowSize = 2 * threads;
            for (int taken = 0; taken < keys.size(); taken++) {
                if (stop.isRequested()) {
                    return taken;
                }
                while (next < keys.size() && window.size() < windowSize) {
                    RunKey key = keys.get(next++);
                    window.addLast(pool.submit(() -> RunResult.of(key, function)));
                }
                RunResult result = stop.await(window.removeFirst());
                if (result == null) {
                    return taken;
                }
                results.accept(result);
            }
            return keys.size();
        } finally {
            pool.shutdownNow();
        }
    }
}
