package dev.rapport.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * How the consumers hear their contacts each tick ({@link Hearing}), and the run's helper threads.
 * Listening reads only start-of-tick state, which the decisions never write. Where {@link Talkers}
 * are kept (one brand, an explicit network) a consumer is listened for only if its decisions ask
 * ({@link #whenAsked}); otherwise each block of consumers is heard just before it is decided
 * ({@link #block}, {@link #hear}). With more than one worker, each has a {@link Hearing} of its own
 * and the decisions are shared among the workers ({@link Relay}). Each consumer's sums are taken by
 * one {@link Hearing} in the same order whoever takes them, so results do not depend on the number
 * of workers.
 */
final class Listening implements AutoCloseable {
    /** Consumers per block: big enough that handing a block over costs little, small enough to stay in cache. */
    static final int BLOCK = 4096;

    private final int size;
    /** Values per consumer in a buffer: {@link Hearing#FIELDS} per brand. */
    private final int stride;
    /** One per worker; the run's own thread's first. */
    private final Hearing[] hearing;
    /** One worker's block, heard ahead. */
    private final double[] buffer;
    /** Helper threads (workers − 1), or null with one worker. */
    private final ExecutorService helpers;
    private final List<Future<?>> pending = new ArrayList<>();
    /** Whether consumers are listened for when asked this tick, rather than heard ahead. */
    private boolean asked;
    /** Whether every consumer is heard ahead on every tick ({@link #hearEveryoneAhead}). */
    private boolean everyoneAhead;

    private final Talkers talkers;

    /** Listening for the model's consumers with {@code workers} threads in all (the run's own included). */
    Listening(MarketModel m, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        }
        this.size = m.size;
        this.stride = Hearing.FIELDS * m.brandCount;
        this.talkers = m.talkers;
        hearing = new Hearing[workers];
        for (int w = 0; w < workers; w++) {
            hearing[w] = new Hearing(m, m.talkers);
        }
        buffer = new double[workers > 1 ? 0 : Math.min(size, BLOCK) * stride];
        helpers = workers > 1 ? Executors.newFixedThreadPool(workers - 1, r -> {
            Thread t = new Thread(r, "rapport-decide");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    /** Threads in all, the run's own included. */
    int workers() {
        return hearing.length;
    }

    /**
     * On a tick when consumers are listened for only when their decisions ask what they heard (see
     * {@link ConsumerTick}), the run's own thread's {@link Hearing}; null on a tick when they are
     * heard ahead ({@link #block}, {@link #hear}).
     */
    Hearing whenAsked() {
        return asked ? hearing[0] : null;
    }

    /** Worker {@code w}'s {@link Hearing}, with which it listens when asked ({@link #whenAsked} non-null). */
    Hearing hearing(int w) {
        return hearing[w];
    }

    /**
     * Hears every consumer ahead from the next tick on, never when asked: the same results, at more
     * cost; for tests that compare the two ways.
     */
    void hearEveryoneAhead() {
        everyoneAhead = true;
    }

    /** Values per consumer in a block's buffer: consumer {@code from + n}'s start at {@code n·stride()}. */
    int stride() {
        return stride;
    }

    /** Starts the tick: where {@link Talkers} are kept, consumers are listened for when asked. */
    void beginTick() {
        asked = talkers != null && !everyoneAhead;
    }

    /**
     * With one worker, on a tick when consumers are heard ahead: what the consumers of the block
     * starting at {@code from} heard, consumer {@code from + n}'s at {@code n·stride()}.
     */
    double[] block(int from) {
        hear(0, from, Math.min(size, from + BLOCK), buffer);
        return buffer;
    }

    /** Worker {@code w} hears consumers {@code a} to {@code z} (excluded) ahead, consumer {@code a + n}'s into {@code out} at {@code n·stride()}. */
    void hear(int w, int a, int z, double[] out) {
        Hearing h = hearing[w];
        for (int i = a; i < z; i++) {
            h.listen(i, out, (i - a) * stride);
        }
    }

    /**
     * Runs {@code task} once for every worker, with its number: the helpers' on their threads, 0 on
     * the calling one; returns when all have, rethrowing the first failure.
     */
    void onEveryWorker(IntConsumer task) {
        if (helpers == null) {
            task.accept(0);
            return;
        }
        for (int w = 1; w < hearing.length; w++) {
            int worker = w;
            pending.add(helpers.submit(() -> task.accept(worker)));
        }
        try {
            task.accept(0);
        } finally {
            awaitPending();
        }
    }

    private void awaitPending() {
        try {
            for (Future<?> f : pending) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while deciding", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pending.clear();
        }
    }

    /** Stops the helper threads, if any. */
    @Override
    public void close() {
        if (helpers != null) {
            helpers.shutdownNow();
        }
    }
}
