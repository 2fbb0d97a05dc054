package dev.rapport.experiment;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * An {@link Experiment}'s runs on its own pool of threads: a window of twice as many runs as
 * threads is kept in flight, ahead of the run whose attempt is taken next, so that the threads
 * stay busy while the experiment saves results in order.
 */
final class PoolAttempts implements Attempts {
    private final ExecutorService pool;
    private final IntFunction<Experiment.Attempt> run;
    private final int total;
    private final int window;
    private final Deque<Future<Experiment.Attempt>> inFlight = new ArrayDeque<>();
    private int next;

    /** Runs {@code run.apply(0 .. total − 1)} on {@code threads} threads. */
    PoolAttempts(int threads, int total, IntFunction<Experiment.Attempt> run) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rapport-run");
            t.setDaemon(true);
            return t;
        });
        this.run = run;
        this.total = total;
        this.window = 2 * threads;
    }

    @Override
    public Experiment.Attempt next(StopSignal stop) {
        while (next < total && inFlight.size() < window) {
            int task = next++;
            inFlight.addLast(pool.submit(() -> run.apply(task)));
        }
        Future<Experiment.Attempt> head = inFlight.pollFirst();
        return head == null ? null : stop.await(head);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
