package dev.rapport.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Listening done ahead of the decisions, a block of consumers at a time: what every consumer of
 * a block heard ({@link Hearing}) is written to a buffer before {@link DecisionStep} decides for
 * them. Listening reads only start-of-tick state, which the decisions never write, so with more
 * than one worker, helper threads hear the next block while the run's own thread decides the
 * current one: two buffers. A block is heard in chunks that whoever is free claims: the helpers,
 * and the run's own thread once it has decided the block before (listening costs more than
 * deciding, so it would otherwise wait). Each consumer's sums are taken by one {@link Hearing} in
 * the same order whoever takes them, so results do not depend on the number of workers. With one
 * worker there are no threads: each block is heard just before it is decided, or, where
 * {@link Talkers} are kept, each consumer only if its decisions ask ({@link #whenAsked}).
 */
final class Listening implements AutoCloseable {
    /** Consumers per block: big enough that handing a block over costs little, small enough to stay in cache. */
    static final int BLOCK = 4096;
    /** Consumers per chunk of a block: what one thread claims at a time. */
    static final int CHUNK = 256;

    private final int size;
    /** Values per consumer in a buffer: {@link Hearing#FIELDS} per brand. */
    private final int stride;
    private final Hearing[] hearing;
    private final double[][] buffers;
    /** Helper threads (workers − 1), or null with one worker. */
    private final ExecutorService helpers;
    private final List<Future<?>> pending = new ArrayList<>();
    /** The block being heard by the helpers (and joined by the run's own thread), or null. */
    private Job current;

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
        // One Hearing per helper, and the run's own thread's last.
        int parts = workers > 1 ? workers : 1;
        hearing = new Hearing[parts];
        for (int w = 0; w < parts; w++) {
            hearing[w] = new Hearing(m, m.talkers);
        }
        buffers = new double[workers > 1 ? 2 : 1][Math.min(size, BLOCK) * stride];
        helpers = workers > 1 ? Executors.newFixedThreadPool(workers - 1, r -> {
            Thread t = new Thread(r, "rapport-listen");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    /** Gathers the far contacts' records, the consumers split among the helpers and the run's own thread. */
    private void gatherFar() {
        if (helpers == null) {
            far.gather(voices.talk, consumers.stageAtTickStart);
            return;
        }
        int parts = hearing.length;
        int per = (size + parts - 1) / parts;
        for (int w = 1; w < parts; w++) {
            int a = Math.min(size, w * per);
            int z = Math.min(size, a + per);
            pending.add(helpers.submit(() -> far.gather(voices.talk, consumers.stageAtTickStart, a, z)));
        }
        far.gather(voices.talk, consumers.stageAtTickStart, 0, Math.min(size, per));
        awaitPending();
    }

    /**
     * With one worker in a market that keeps {@link Talkers}, the {@link Hearing} that listens for a
     * consumer only when its decisions ask what it heard (see {@link ConsumerTick}); otherwise null,
     * and every consumer is heard ahead, a block at a time ({@link #block}). Helpers, where there
     * are any, have nothing else to do, so they listen for everyone ahead.
     */
    Hearing whenAsked() {
        return helpers == null && talkers != null ? hearing[0] : null;
    }

    /** Values per consumer in a block's buffer: consumer {@code from + n}'s start at {@code n·stride()}. */
    int stride() {
        return stride;
    }

    /**
     * Starts the tick: gathers the far contacts' records if most consumers talk, then, with
     * helpers, they begin hearing the first block.
     */
    void beginTick() {
        // Listening when asked reads too few consumers' contacts for gathering to pay.
        FarTies source = far != null && whenAsked() == null && talkers.count() > GATHER_SHARE * size ? far : null;
        if (source != null) {
            gatherFar();
        }
        for (Hearing h : hearing) {
            h.readFar(source);
        }
        if (helpers != null && size > 0) {
            submit(0);
        }
    }

    /**
     * What the consumers of the block starting at {@code from} (a multiple of {@link #BLOCK}, in
     * ascending order within a tick) heard; with helpers, they start on the next block.
     */
    double[] block(int from) {
        if (helpers == null) {
            double[] out = buffers[0];
            hearAll(hearing[0], from, Math.min(size, from + BLOCK), from, out);
            return out;
        }
        // The run's own thread hears what the helpers have not claimed yet, then waits for theirs.
        current.work(hearing[hearing.length - 1]);
        awaitPending();
        int next = from + BLOCK;
        if (next < size) {
            submit(next);
        }
        return buffer(from);
    }

    private double[] buffer(int from) {
        return buffers[(from / BLOCK) & 1];
    }

    /** Hands the block starting at {@code from} to the helpers, which claim its chunks in turn. */
    private void submit(int from) {
        Job job = new Job(from, Math.min(size, from + BLOCK), buffer(from));
        current = job;
        for (int w = 0; w < hearing.length - 1; w++) {
            Hearing h = hearing[w];
            pending.add(helpers.submit(() -> job.work(h)));
        }
    }

    /** A block to hear, in chunks claimed one at a time by whichever thread is free. */
    private final class Job {
        private final int from;
        private final int to;
        private final double[] out;
        private final int chunks;
        private final AtomicInteger claimed = new AtomicInteger();

        Job(int from, int to, double[] out) {
            this.from = from;
            this.to = to;
            this.out = out;
            this.chunks = (to - from + CHUNK - 1) / CHUNK;
        }

        /** Hears chunks with {@code h} until none is left to claim. */
        void work(Hearing h) {
            for (int c = claimed.getAndIncrement(); c < chunks; c = claimed.getAndIncrement()) {
                int a = from + c * CHUNK;
                hearAll(h, a, Math.min(to, a + CHUNK), from, out);
            }
        }
    }

    private void hearAll(Hearing h, int a, int z, int blockStart, double[] out) {
        for (int i = a; i < z; i++) {
            h.listen(i, out, (i - blockStart) * stride);
        }
    }

    private void awaitPending() {
        try {
            for (Future<?> f : pending) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while listening", e);
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
