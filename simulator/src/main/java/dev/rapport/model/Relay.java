package dev.rapport.model;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * One tick's decisions shared among a run's workers, with results the same to the bit as deciding
 * every consumer in order on one thread.
 *
 * <p>The consumers are cut into segments of {@link Listening#BLOCK}, each decided in two passes.
 * First a worker takes the next segment no one has taken and, past those its sieve settles at kept
 * bounds ({@link Decider#sieve}), decides alone every consumer of it whose tick can be decided out
 * of order ({@link Decider#alone}: one who adopts nothing, or a customer with no event in the tick,
 * writes only its own state), holding the others back (a customer whose first draw fell within its
 * kept bound is held back at once, only listened for: its tick most likely holds an event). Then the
 * held-back consumers (customers with an event, and anyone who adopts) are decided in order, segment
 * after segment, by one worker at a time, the chain's: their ticks charge budgets and book sales, so
 * they run in the consumers' order as on one thread. Whichever worker finds the next segment's
 * held-back consumers ready and the chain free takes the chain, and carries it on through every
 * segment ready after it; a worker deciding a segment alone looks for it every {@link #POLL}
 * consumers, and whoever finishes a segment alone looks at once. So the chain waits for no worker
 * to come round to it, and a worker waits only when all {@link #WINDOW} slots per worker hold
 * segments whose held-back consumers are still to be decided. Alone decisions read nothing the
 * held-back ones write, so they may run ahead of the chain. The chain's handover is a volatile
 * write and read, so each worker on it sees all the chain wrote before.
 */
final class Relay {
    /** Spins on the chain before a waiting worker sleeps between looks (a segment takes about a millisecond). */
    private static final int SPINS = 1 << 12;
    /** Nanoseconds a waiting worker sleeps between looks once it has spun. */
    private static final long NAP = 20_000;
    /** Slots per worker: segments decided alone whose held-back consumers may wait for the chain. */
    static final int WINDOW = 8;
    /** Consumers decided alone between looks at the chain. */
    private static final int POLL = 64;
    /** Consumers sieved between looks at the chain. */
    private static final int SIEVED = 512;

    private final int size;
    private final int segments;
    /** Slots, {@link #WINDOW} per worker: segment s's held-back consumers wait in slot s mod slots. */
    private final int slots;
    private final Listening listening;
    private final Decider[] deciders;
    /** Per slot, offsets of the consumers held back. */
    private final int[][] held;
    private final int[] heldCount;
    /**
     * Per slot, what the segment's consumers heard, on ticks they are heard ahead; on ticks they are
     * listened for when asked, what those held back heard deciding alone.
     */
    private final double[][] heard;
    /** Per slot, whether each consumer held back had been heard deciding alone (listened for when asked). */
    private final boolean[][] heardAlone;
    /** Per worker, a segment's consumers left to decide ({@link Decider#sieve}). */
    private final int[][] pending;
    /** Per slot, the segment whose held-back consumers it holds, ready for the chain; -1 for none. */
    private final AtomicIntegerArray ready;
    /** The next segment to decide alone. */
    private final AtomicInteger nextAlone = new AtomicInteger();
    /** The next segment whose held-back consumers are to be decided in order; written by the chain's worker. */
    private volatile int nextHeld;
    /** Whether a worker has the chain. */
    private final AtomicBoolean chain = new AtomicBoolean();
    /** Set when a worker fails, so that the others stop waiting for a chain that will not move. */
    private volatile boolean failed;

    /** Decisions for {@code model} on {@code listening}'s workers, each with a decider from {@code make}. */
    Relay(MarketModel model, Listening listening, Supplier<Decider> make) {
        this.size = model.size;
        this.listening = listening;
        int workers = listening.workers();
        this.segments = (size + Listening.BLOCK - 1) / Listening.BLOCK;
        this.slots = WINDOW * workers;
        int block = Math.min(size, Listening.BLOCK);
        deciders = new Decider[workers];
        pending = new int[workers][block];
        for (int w = 0; w < workers; w++) {
            deciders[w] = make.get();
        }
        held = new int[slots][block];
        heldCount = new int[slots];
        heard = new double[slots][block * listening.stride()];
        heardAlone = new boolean[slots][block];
        ready = new AtomicIntegerArray(slots);
    }

    /** Decides every consumer's tick {@code tick} (week {@code week}). */
    void decide(int tick, double week) {
        for (Decider d : deciders) {
            d.beginTick(tick, week);
        }
        for (int slot = 0; slot < slots; slot++) {
            ready.set(slot, -1);
        }
        nextAlone.set(0);
        nextHeld = 0;
        chain.set(false);
        failed = false;
        listening.onEveryWorker(this::work);
        if (nextHeld != segments) {
            throw new IllegalStateException("the chain stopped at segment " + nextHeld + " of " + segments);
        }
    }

    /**
     * Worker w's part: segments decided alone as they come, and the chain whenever it is free and
     * its next segment ready. A worker leaves when no segment is left to take; the chain's worker
     * leaves only once no ready segment is left for it, so that the last segment's held-back
     * consumers are decided by whoever finishes it or has the chain then.
     */
    private void work(int w) {
        try {
            for (int s = nextAlone.getAndIncrement(); s < segments; s = nextAlone.getAndIncrement()) {
                // The slot is free once the segment that last used it is off the chain.
                for (int spins = 0; s >= nextHeld + slots; spins++) {
                    if (!carryChain(w)) {
                        pause(spins);
                    }
                }
                decideAlone(w, s);
                ready.set(s % slots, s);
                carryChain(w);
            }
        } catch (RuntimeException | Error e) {
            failed = true;
            throw e;
        }
    }

    private void pause(int spins) {
        if (failed) {
            throw new CancellationException("another worker failed");
        }
        if (spins < SPINS) {
            Thread.onSpinWait();
        } else {
            LockSupport.parkNanos(NAP);
        }
    }

    /** Whether the chain's next segment is ready (its consumers decided alone). */
    private boolean chainReady() {
        int s = nextHeld;
        return s < segments && ready.get(s % slots) == s;
    }

    /**
     * Takes the chain if it is free and its next segment ready, and decides in order the held-back
     * consumers of that segment and of every one ready after it; returns whether it took it. Having
     * let it go, it looks again: a segment made ready while it had the chain found it taken.
     */
    private boolean carryChain(int w) {
        boolean carried = false;
        while (chainReady() && chain.compareAndSet(false, true)) {
            try {
                for (int s = nextHeld; s < segments && ready.get(s % slots) == s; s++) {
                    decideHeld(w, s);
                    nextHeld = s + 1;
                }
            } finally {
                chain.set(false);
            }
            carried = true;
        }
        return carried;
    }

    /** Decides alone those of segment s's consumers who can be, noting the others' offsets. */
    private void decideAlone(int w, int s) {
        int from = s * Listening.BLOCK;
        int to = Math.min(size, from + Listening.BLOCK);
        int slot = s % slots;
        Decider d = deciders[w];
        Hearing asked = listening.whenAsked() != null ? listening.hearing(w) : null;
        double[] out = heard[slot];
        if (asked == null) {
            listening.hear(w, from, to, out);
        }
        int stride = listening.stride();
        int[] offsets = held[slot];
        boolean[] kept = heardAlone[slot];
        int[] left = pending[w];
        int count = 0;
        for (int at = from; at < to; at += SIEVED) {
            if (chainReady()) {
                carryChain(w);
            }
            count = d.sieve(at, Math.min(to, at + SIEVED), left, count);
        }
        int n = 0;
        for (int x = 0; x < count; x++) {
            // Earlier segments' held-back consumers are taken as they come ready, between two consumers.
            if ((x & (POLL - 1)) == POLL - 1 && chainReady()) {
                carryChain(w);
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
        heldCount[slot] = n;
    }

    /** Decides, in order, the consumers of segment s held back by {@link #decideAlone}, with worker w's decider. */
    private void decideHeld(int w, int s) {
        int from = s * Listening.BLOCK;
        int slot = s % slots;
        Decider d = deciders[w];
        Hearing asked = listening.whenAsked() != null ? listening.hearing(w) : null;
        double[] out = heard[slot];
        int stride = listening.stride();
        int[] offsets = held[slot];
        boolean[] kept = heardAlone[slot];
        for (int n = 0, count = heldCount[slot]; n < count; n++) {
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
