package dev.rapport.model.network;

import dev.rapport.ties.PairTable;
import ec.util.MersenneTwisterFast;
import java.util.Arrays;

/**
 * Watts–Strogatz small world (1998): a ring where each consumer is tied to {@code degree/2}
 * neighbours on each side, then each tie's far end is rewired to a uniformly random consumer
 * with probability {@code rewire}, avoiding self-loops and duplicates. With rewire 0 it is the
 * ring lattice used for the Bass-on-a-ring validation.
 *
 * <p>Whether a tie already exists is answered from the ring's arithmetic plus a table of the
 * rewired ties only, not a hash set of every tie: a lattice tie exists once its slot (consumer,
 * step) has been laid and was not rewired away. At ten million consumers and degree 20 the set of
 * all ties alone took 2 GB; the table of rewired ties (a tenth of them at the usual rewiring)
 * takes 0.4 GB and is dropped before the CSR arrays are built. A lattice tie, which only a rewired
 * tie between neighbours on the ring can pre-empt, asks a bit per slot instead of the table (a
 * lookup that missed the caches once per tie). The draws, and so the network, are those of the
 * earlier set-of-all-ties version ({@code WattsStrogatzFingerprintTest}).
 *
 * <p>Nor is a list of the ties kept: each slot's bits (rewired away, laid as a lattice tie, strong)
 * and the rewired ties' far ends, in the order they were laid, give the ties again in that order,
 * and the CSR arrays are built from two passes over them ({@link Network.Builder}). At a million
 * consumers of degree 20 the list took 90 MB of fresh memory for the kernel to map, against 2.5 MB
 * of bits and 4 MB for the far ends of the rewired tenth of the ties.
 */
final class WattsStrogatz {
    private final int n;
    private final int half;
    /** Lattice slots (i, k) whose tie was rewired to another consumer, bit {@code i·half + k − 1}. */
    private long[] rewiredAway;
    /** The rewired ties, by pair. */
    private PairTable rewired;
    /**
     * The rewired ties between consumers at most {@code half} apart on the ring, as the slot they
     * would fill from their first end, bit {@code i·half + k − 1} for a tie between i and i + k: the
     * only rewired ties a lattice tie can meet, so that laying one asks a bit, not the table.
     */
    private long[] rewiredNear;
    /** Lattice slots whose tie was laid (neither rewired away nor already there), by slot bit. */
    private final long[] laid;
    /** Slots whose tie, lattice or rewired, is strong, by slot bit. */
    private final long[] strong;
    /** The rewired ties' far ends, in the order of their slots. */
    private int[] rewiredTo;
    private int rewiredCount;

    private WattsStrogatz(int n, int half, double rewire) {
        this.n = n;
        this.half = half;
        long slots = (long) n * half;
        this.rewiredAway = new long[(int) ((slots + 63) >>> 6)];
        this.rewiredNear = new long[(int) ((slots + 63) >>> 6)];
        long expectedRewired = expectedRewired(slots, rewire);
        this.rewired = new PairTable(expectedRewired);
        this.laid = new long[(int) ((slots + 63) >>> 6)];
        this.strong = new long[(int) ((slots + 63) >>> 6)];
        this.rewiredTo = new int[(int) Math.min(slots + 16, expectedRewired)];
    }

    /** About how many ties of {@code slots} are rewired: a tenth more than expected, for the table's room. */
    private static long expectedRewired(long slots, double rewire) {
        return (long) (slots * Math.min(1, rewire * 1.1)) + 16;
    }

    /**
     * Bytes of the generator's own arrays for {@code n} consumers of {@code degree}, garbage once the
     * network is built: the table of rewired ties, four bits a slot, the rewired ties' far ends, and
     * the CSR builder's fill pointer per consumer. For memory estimates.
     */
    static long temporaryBytes(int n, int degree, double rewire) {
        long slots = (long) n * (degree / 2);
        long expected = expectedRewired(slots, rewire);
        return PairTable.bytesFor(expected) + 4L * Long.BYTES * ((slots + 63) >>> 6)
                + (long) Integer.BYTES * Math.min(slots + 16, expected) + (long) Integer.BYTES * n;
    }

    static Network generate(int n, int degree, double rewire, double strongShare, MersenneTwisterFast rng) {
        WattsStrogatz ws = new WattsStrogatz(n, degree / 2, rewire);
        ws.lay(rewire, strongShare, rng);
        return ws.toNetwork();
    }

    private void lay(double rewire, double strongShare, MersenneTwisterFast rng) {
        for (int i = 0; i < n; i++) {
            for (int k = 1; k <= half; k++) {
                int j = (i + k) % n;
                boolean isStrong = rng.nextDouble() < strongShare;
                int target = -1;
                if (rewire > 0 && rng.nextDouble() < rewire) {
                    for (int attempt = 0; attempt < 32 && target < 0; attempt++) {
                        int candidate = rng.nextInt(n);
                        if (candidate != i && !tied(i, candidate, i, k) && !laterLattice(i, candidate)) {
                            target = candidate;
                        }
                    }
                }
                int slot = slot(i, k);
                if (target >= 0) {
                    rewiredAway[slot >>> 6] |= 1L << slot;
                    rewired.putIfAbsent(PairTable.key(i, target), 0);
                    markNear(i, target);
                    markNear(target, i);
                    if (rewiredCount == rewiredTo.length) {
                        rewiredTo = Arrays.copyOf(rewiredTo, rewiredCount + (rewiredCount >>> 1) + 16);
                    }
                    rewiredTo[rewiredCount++] = target;
                } else if (i != j && !tiedNear(i, j, i, k)) {
                    // No rewiring, or no free end in 32 draws: the lattice tie, unless it already exists.
                    laid[slot >>> 6] |= 1L << slot;
                } else {
                    continue;
                }
                if (isStrong) {
                    strong[slot >>> 6] |= 1L << slot;
                }
            }
        }
    }

    private int slot(int i, int k) {
        return i * half + k - 1;
    }

    /**
     * Whether u and v are tied before slot (i, k) is laid: a rewired tie between them, or a lattice
     * slot between them already laid (earlier in the order of consumers, then of steps) and not
     * rewired away.
     */
    private boolean tied(int u, int v, int i, int k) {
        if (rewired.get(PairTable.key(u, v)) != PairTable.MISSING) {
            return true;
        }
        return latticeTied(u, v, i, k) || latticeTied(v, u, i, k);
    }

    /** {@link #tied} for u and v at most {@code half} apart on the ring, from the bits alone. */
    private boolean tiedNear(int u, int v, int i, int k) {
        return rewiredNear(u, v) || rewiredNear(v, u) || latticeTied(u, v, i, k) || latticeTied(v, u, i, k);
    }

    /** Notes a rewired tie from s to t in {@link #rewiredNear} if t is at most {@code half} ahead of s. */
    private void markNear(int s, int t) {
        int d = Math.floorMod(t - s, n);
        if (d >= 1 && d <= half) {
            int slot = slot(s, d);
            rewiredNear[slot >>> 6] |= 1L << slot;
        }
    }

    /** Whether a rewired tie leads from s to t, at most {@code half} ahead of s. */
    private boolean rewiredNear(int s, int t) {
        int d = Math.floorMod(t - s, n);
        if (d < 1 || d > half) {
            return false;
        }
        int slot = slot(s, d);
        return (rewiredNear[slot >>> 6] & (1L << slot)) != 0;
    }

    /** Whether the slot from s forward to t is laid before (i, k) and kept. */
    private boolean latticeTied(int s, int t, int i, int k) {
        int d = Math.floorMod(t - s, n);
        if (d < 1 || d > half) {
            return false;
        }
        boolean laid = s < i || (s == i && d < k);
        int slot = slot(s, d);
        return laid && (rewiredAway[slot >>> 6] & (1L << slot)) == 0;
    }

    /** Whether (i, c) is a lattice tie still to be laid, which a rewired tie must not pre-empt. */
    private boolean laterLattice(int i, int c) {
        int d = Math.floorMod(i - c, n);
        return d >= 1 && d <= half && c > i - half;
    }

    private Network toNetwork() {
        // Free for the collector before the CSR arrays are allocated.
        rewired = null;
        rewiredNear = null;
        Network.Builder built = new Network.Builder(n);
        goThroughTies(built, false);
        built.layOut();
        goThroughTies(built, true);
        return built.build();
    }

    /** The ties in the order they were laid, from the slots' bits: counted into {@code built}, or placed. */
    private void goThroughTies(Network.Builder built, boolean place) {
        int r = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 1; k <= half; k++) {
                int slot = slot(i, k);
                long bit = 1L << slot;
                int word = slot >>> 6;
                int j;
                if ((rewiredAway[word] & bit) != 0) {
                    j = rewiredTo[r++];
                } else if ((laid[word] & bit) != 0) {
                    j = (i + k) % n;
                } else {
                    continue;
                }
                if (place) {
                    built.place(i, j, (strong[word] & bit) != 0);
                } else {
                    built.count(i, j);
                }
            }
        }
    }
}
