package dev.rapport.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

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
 *
 * <p>With helpers, whoever hears a consumer also decides it there and then if its tick is one that
 * can be decided out of order ({@link Decider#alone}: it buys no brand and adopts none), and marks
 * it {@link #decided}; the run's own thread decides the rest in order.
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
    /** Per buffer, which of its block's consumers were decided as they were heard. */
    private final boolean[][] decided;
    /** Per {@link #hearing}, the decisions made where it hears (see {@link #decideAhead}), or null. */
    private Decider[] ahead;
    /** This tick's {@link #whenAsked}. */
    private Hearing asked;
    /** Whether every consumer is heard ahead on every tick ({@link #hearEveryoneAhead}). */
    private boolean everyoneAhead;
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
        decided = new boolean[buffers.length][Math.min(size, BLOCK)];
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
     * In a market that keeps {@link Talkers}, the {@link Hearing} with which the run's own thread
     * listens for a consumer only when its decisions ask what it heard (see {@link ConsumerTick}),
     * as the helpers do for those they decide; null on the ticks when every consumer is heard ahead,
     * a block at a time ({@link #block}): always with several brands, and in large markets with
     * helpers where most consumers talk, when the far contacts' records are gathered.
     */
    Hearing whenAsked() {
        return asked;
    }

    /**
     * With helpers, has each thread decide the consumers it hears who can be decided out of order,
     * each with a {@link Decider} of its own from {@code make}; returns the run's own thread's.
     */
    Decider decideAhead(Supplier<Decider> make) {
        if (helpers == null) {
            return make.get();
        }
        ahead = new Decider[hearing.length];
        for (int w = 0; w < ahead.length; w++) {
            ahead[w] = make.get();
        }
        return ahead[ahead.length - 1];
    }

    /**
     * Hears every consumer ahead from the next tick on, never when asked: the same results, at more
     * cost; for tests that compare the two ways.
     */
    void hearEveryoneAhead() {
        everyoneAhead = true;
    }

    /** Consumer-ticks decided out of order so far, by every thread ({@link Decider#decidedAlone}). */
    long decidedAhead() {
        long n = 0;
        for (Decider d : ahead == null ? new Decider[0] : ahead) {
            n += d.decidedAlone();
        }
        return n;
    }

    /** Adoptions held back so far, by every thread ({@link Decider#heldBack}). */
    long heldBack() {
        long n = 0;
        for (Decider d : ahead == null ? new Decider[0] : ahead) {
            n += d.heldBack();
        }
        return n;
    }

    /** Values per consumer in a block's buffer: consumer {@code from + n}'s start at {@code n·stride()}. */
    int stride() {
        return stride;
    }

    /**
     * Starts tick {@code tick} (week {@code week}): gathers the far contacts' records if most
     * consumers talk, then, with helpers, they begin hearing the first block.
     */
    void beginTick(int tick, double week) {
        if (ahead != null) {
            for (Decider d : ahead) {
                d.beginTick(tick, week);
            }
        }
        // Hearing ahead with the far contacts gathered pays only where most consumers talk, and
        // needs a helper: listening when asked reads too few consumers' contacts.
        FarTies source = far != null && helpers != null && talkers.count() > GATHER_SHARE * size ? far : null;
        if (source != null) {
            gatherFar();
        }
        for (Hearing h : hearing) {
            h.readFar(source);
        }
        asked = talkers != null && source == null && !everyoneAhead ? hearing[hearing.length - 1] : null;
        if (helpers != null && size > 0) {
            submit(0);
        }
    }

    /**
     * What the consumers of the block starting at {@code from} (a multiple of {@link #BLOCK}, in
     * ascending order within a tick) heard, or null on a tick they are listened for when asked;
     * with helpers, those of them who can be decided out of order have been ({@link #decided}),
     * and the helpers start on the next block.
     */
    double[] block(int from) {
        if (helpers == null) {
            if (asked != null) {
                return null;
            }
            double[] out = buffers[0];
            hearAll(hearing[0], from, Math.min(size, from + BLOCK), from, out);
            return out;
        }
        // The run's own thread hears what the helpers have not claimed yet, then waits for theirs.
        current.work(hearing.length - 1);
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

    /**
     * Which consumers of the block starting at {@code from} were decided as they were heard, once
     * {@link #block} has returned it: consumer {@code from + n} at {@code n}.
     */
    boolean[] decided(int from) {
        return decided[(from / BLOCK) % decided.length];
    }

    /** Hands the block starting at {@code from} to the helpers, which claim its chunks in turn. */
    private void submit(int from) {
        Job job = new Job(from, Math.min(size, from + BLOCK), buffer(from), decided(from));
        current = job;
        for (int w = 0; w < hearing.length - 1; w++) {
            int worker = w;
            pending.add(helpers.submit(() -> job.work(worker)));
        }
    }

    /** A block to hear, in chunks claimed one at a time by whichever thread is free. */
    private final class Job {
        private final int from;
        private final int to;
        private final double[] out;
        private final boolean[] done;
        private final int chunks;
        private final AtomicInteger claimed = new AtomicInteger();

        Job(int from, int to, double[] out, boolean[] done) {
            this.from = from;
            this.to = to;
            this.out = out;
            this.done = done;
            this.chunks = (to - from + CHUNK - 1) / CHUNK;
        }

        /** Hears chunks, and decides whom it can, as worker {@code w} until none is left to claim. */
        void work(int w) {
            for (int c = claimed.getAndIncrement(); c < chunks; c = claimed.getAndIncrement()) {
                int a = from + c * CHUNK;
                int z = Math.min(to, a + CHUNK);
                Hearing h = hearing[w];
                if (asked == null) {
                    hearAll(h, a, z, from, out);
                }
                for (int i = a; i < z; i++) {
                    done[i - from] = ahead != null && ahead[w].alone(i, asked == null ? null : h, out, (i - from) * stride);
                }
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
