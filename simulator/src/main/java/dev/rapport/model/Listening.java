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
 * Listening reads only start-of-tick state, which the decisions never write. With one worker there
 * are no threads: where {@link Talkers} are kept (one brand, an explicit network) a consumer is
 * listened for only if its decisions ask ({@link #whenAsked}), otherwise each block of consumers is
 * heard just before it is decided ({@link #block}). With more, each worker has a {@link Hearing} of
 * its own and the decisions are shared among the workers ({@link Relay}); on ticks when most
 * consumers of a large market talk, the far contacts' records are gathered first, split among the
 * workers, and every consumer is heard ahead ({@link #hear}). Each consumer's sums are taken by one
 * {@link Hearing} in the same order whoever takes them, so results do not depend on the number of
 * workers.
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

    /** Markets from this many consumers may gather their far contacts' records ({@link FarTies}). */
    static final int GATHER_FROM = 1 << 16;

    /**
     * The far contacts' records are gathered on ticks when more than this share of consumers talk:
     * listening to the talkers alone ({@link Talkers}) costs per talking contact, and with most of
     * them talking, reading every contact with the far ones gathered costs less (a Bass market's
     * late weeks). Either way the sums are the same to the bit; the share is a speed setting.
     */
    static final double GATHER_SHARE = 0.5;

    /** The far contacts' records, or null where they are not gathered (small markets, several brands, complete mixing). */
    private final FarTies far;
    private final Talkers talkers;
    private final Consumers consumers;
    private final Voices voices;

    /** Listening for the model's consumers with {@code workers} threads in all (the run's own included). */
    Listening(MarketModel m, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        }
        this.size = m.size;
        this.stride = Hearing.FIELDS * m.brandCount;
        this.talkers = m.talkers;
        this.consumers = m.consumers;
        this.voices = m.voices;
        this.far = m.size >= GATHER_FROM && m.talkers != null ? FarTies.of(m.network) : null;
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

    /** Gathers the far contacts' records, the consumers split among the workers. */
    private void gatherFar() {
        int parts = hearing.length;
        int per = (size + parts - 1) / parts;
        onEveryWorker(w -> far.gather(voices.talk, consumers.stageAtTickStart,
                Math.min(size, w * per), Math.min(size, (w + 1) * per)));
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

    /**
     * Starts the tick: with helpers, gathers the far contacts' records if most consumers talk (and
     * then hears everyone ahead); listening when asked reads too few consumers' contacts for
     * gathering to pay, and one worker always listens when asked where {@link Talkers} are kept.
     */
    void beginTick() {
        FarTies source = far != null && helpers != null && !everyoneAhead && talkers.count() > GATHER_SHARE * size
                ? far : null;
        if (source != null) {
            gatherFar();
        }
        for (Hearing h : hearing) {
            h.readFar(source);
        }
        asked = talkers != null && source == null && !everyoneAhead;
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
