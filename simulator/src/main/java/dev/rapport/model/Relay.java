package dev.rapport.model;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * One tick's decisions shared among a run's workers, with results the same to the bit as deciding
 * every consumer in order on one thread.
 *
 * <p>The consumers are cut into segments of {@link Listening#BLOCK}; worker {@code w} owns segments
 * {@code w}, {@code w + W}, {@code w + 2W}, … and decides each in two passes. First, past those
 * its sieve settles at kept bounds ({@link Decider#sieve}), it decides
 * alone every consumer of the segment whose tick can be decided out of order ({@link Decider#alone}:
 * one who adopts nothing, or a customer with no event in the tick, writes only its own state),
 * holding the others back (a customer whose first draw fell within its kept bound is held back at
 * once, only listened for: its tick most likely holds an event). Then, when the segment's turn comes, it decides those held back
 * (customers with an event, and anyone who adopts) in order, and passes the turn to the next segment: their ticks charge budgets and book sales, so
 * they run in the consumers' order, segment after segment, as on one thread. Until its turn comes
 * a worker decides alone its next segments' consumers, up to {@link #AHEAD} segments ahead, and it
 * looks at the turn every {@link #POLL} consumers, so that the turn is not kept waiting for a
 * whole segment decided alone (which alone decisions allow: they read nothing the held-back ones
 * write). Owning whole segments, a worker writes cache lines no other worker writes but at a
 * segment's edges.
 */
final class Relay {
    /** Spins on the turn before a waiting worker sleeps between looks (a segment takes about a millisecond). */
    private static final int SPINS = 1 << 12;
    /** Nanoseconds a waiting worker sleeps between looks once it has spun. */
    private static final long NAP = 20_000;
    /** Segments a worker may have decided alone whose held-back consumers wait for their turn. */
    static final int AHEAD = 4;
    /** Consumers decided alone between looks at the turn. */
    private static final int POLL = 256;

    private final int size;
    private final int workers;
    private final int segments;
    private final Listening listening;
    private final Decider[] deciders;
    /** Per worker, {@link #AHEAD} slots (a segment and its next ones): offsets of the consumers held back. */
    private final int[][][] held;
    private final int[][] heldCount;
    /** Per worker, its next segment whose held-back consumers are to be decided in order. */
    private final int[] heldNext;
    /** Per worker, a segment's consumers left to decide ({@link Decider#sieve}). */
    private final int[][] pending;
    /**
     * Per worker, {@link #AHEAD} slots: what the segment's consumers heard, on ticks they are heard
     * ahead; on ticks they are listened for when asked, what those held back heard deciding alone.
     */
    private final double[][][] heard;
    /** Per worker, {@link #AHEAD} slots: whether each consumer held back had been heard deciding alone (listened for when asked). */
    private final boolean[][][] heardAlone;
    /** The segment whose held-back consumers may be decided now. */
    private final AtomicInteger turn = new AtomicInteger();
    /** Set when a worker fails, so that the others stop waiting for a turn that will not come. */
    private volatile boolean failed;

    /** Decisions for {@code model} on {@code listening}'s workers, each with a decider from {@code make}. */
    Relay(MarketModel model, Listening listening, Supplier<Decider> make) {
        this.size = model.size;
        this.listening = listening;
        this.workers = listening.workers();
        this.segments = (size + Listening.BLOCK - 1) / Listening.BLOCK;
        int block = Math.min(size, Listening.BLOCK);
        deciders = new Decider[workers];
        held = new int[workers][AHEAD][block];
        heldCount = new int[workers][AHEAD];
        heldNext = new int[workers];
        pending = new int[workers][block];
        heard = new double[workers][AHEAD][];
        heardAlone = new boolean[workers][AHEAD][block];
        for (int w = 0; w < workers; w++) {
            deciders[w] = make.get();
            for (int slot = 0; slot < AHEAD; slot++) {
                heard[w][slot] = new double[block * listening.stride()];
            }
        }
    }

    /** Decides every consumer's tick {@code tick} (week {@code week}). */
    void decide(int tick, double week) {
        for (Decider d : deciders) {
            d.beginTick(tick, week);
        }
        turn.set(0);
        failed = false;
        listening.onEveryWorker(this::work);
    }

    /** Worker w's segments, each decided alone, then in order on its turn. */
    private void work(int w) {
        try {
            heldNext[w] = w;
            int alone = w; // the worker's next segment to decide alone
            while (heldNext[w] < segments) {
                int s = heldNext[w];
                if (alone == s) {
                    decideAlone(w, alone);
                    alone += workers;
                } else if (turn.get() == s) {
                    decideHeldOnTurn(w);
                } else if (alone < segments && alone < s + AHEAD * workers) {
                    decideAlone(w, alone);
                    alone += workers;
                } else {
                    awaitTurn(s);
                }
            }
        } catch (RuntimeException | Error e) {
            failed = true;
            throw e;
        }
    }

    private void awaitTurn(int s) {
        for (int spins = 0; turn.get() != s; spins++) {
            if (failed) {
                throw new CancellationException("another worker failed");
            }
            if (spins < SPINS) {
                Thread.onSpinWait();
            } else {
                LockSupport.parkNanos(NAP);
            }
        }
    }

    /** Segment s's slot among its worker's {@link #AHEAD}. */
    private int slot(int s) {
        return (s / workers) % AHEAD;
    }

    /** Decides worker w's next held-back consumers, whose turn it is, and passes the turn on. */
    private void decideHeldOnTurn(int w) {
        int s = heldNext[w];
        decideHeld(w, s);
        heldNext[w] = s + workers;
        turn.set(s + 1);
    }

    /** Decides alone those of segment s's consumers who can be, noting the others' offsets. */
    private void decideAlone(int w, int s) {
        int from = s * Listening.BLOCK;
        int to = Math.min(size, from + Listening.BLOCK);
        int slot = slot(s);
        Decider d = deciders[w];
        Hearing asked = listening.whenAsked() != null ? listening.hearing(w) : null;
        double[] out = heard[w][slot];
        if (asked == null) {
            listening.hear(w, from, to, out);
        }
        int stride = listening.stride();
        int[] offsets = held[w][slot];
        boolean[] kept = heardAlone[w][slot];
        int[] left = pending[w];
        int count = d.sieve(from, to, left);
        int n = 0;
        for (int x = 0; x < count; x++) {
            // An earlier segment's turn is taken as it comes, between two consumers.
            if ((x & (POLL - 1)) == POLL - 1 && heldNext[w] < s && turn.get() == heldNext[w]) {
                decideHeldOnTurn(w);
            }
            int i = left[x];
            if (i < 0) { // held at once (see Decider.sieve)
                i = ~i;
                d.holdListened(i, asked);
                kept[n] = d.t.keepHeard(out, (i - from) * stride);
                offsets[n++] = i - from;
                continue;
            }
            if (!d.alone(i, asked, out, (i - from) * stride)) {
                // What it heard is read from start-of-tick state alone: kept, it need not be listened for again.
                kept[n] = asked != null && d.t.keepHeard(out, (i - from) * stride);
                offsets[n++] = i - from;
            }
        }
        heldCount[w][slot] = n;
    }

    /** Decides, in order, the consumers of segment s held back by {@link #decideAlone}. */
    private void decideHeld(int w, int s) {
        int from = s * Listening.BLOCK;
        int slot = slot(s);
        Decider d = deciders[w];
        Hearing asked = listening.whenAsked() != null ? listening.hearing(w) : null;
        double[] out = heard[w][slot];
        int stride = listening.stride();
        int[] offsets = held[w][slot];
        boolean[] kept = heardAlone[w][slot];
        for (int n = 0, count = heldCount[w][slot]; n < count; n++) {
            int i = from + offsets[n];
            if (asked != null && !kept[n]) {
                d.t.listenWhenAsked(asked, i);
            } else {
                d.t.hear(out, offsets[n] * stride);
            }
            d.decide(i);
        }
    }

    /** Consumer-ticks decided out of order so far, by every worker. */
    long decidedAlone() {
        long n = 0;
        for (Decider d : deciders) {
            n += d.decidedAlone();
        }
        return n;
    }

    /** Consumer-ticks settled at bounds so far, by every worker. */
    long passedBy() {
        long n = 0;
        for (Decider d : deciders) {
            n += d.passedBy();
        }
        return n;
    }

    /** Consumer-ticks settled at kept bounds so far, by every worker. */
    long lulled() {
        long n = 0;
        for (Decider d : deciders) {
            n += d.lulled();
        }
        return n;
    }

    /** Customers' quiet ticks settled at kept bounds so far, by every worker. */
    long lulledCustomers() {
        long n = 0;
        for (Decider d : deciders) {
            n += d.lulledCustomers();
        }
        return n;
    }

    /** Ticks held back so far, their consumers then decided in order, by every worker. */
    long heldBack() {
        long n = 0;
        for (Decider d : deciders) {
            n += d.heldBack();
        }
        return n;
    }
}
