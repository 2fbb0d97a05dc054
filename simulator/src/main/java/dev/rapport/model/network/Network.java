package dev.rapport.model.network;

import java.util.Arrays;

/**
 * Who talks to whom. An undirected graph over consumers {@code 0..size-1} stored in compressed
 * sparse row form: the contacts of {@code i} are {@code targets[offsets[i] .. offsets[i+1])},
 * with {@code strong[k] != 0} marking strong ties. Ties added during a run (community hosting
 * introducing members) go to small per-consumer overflow arrays so the base arrays never move.
 *
 * <p>A complete network has no tie arrays at all: everyone hears everyone through population-wide
 * totals, which is what Bass's well-mixed model assumes.
 *
 * <p>Every walk over a consumer's contacts goes through {@link #forEachContact}, which visits the
 * base ties and then the added ones, in a fixed order, so that sums over contacts come out the same
 * wherever they are taken; the single-brand listening loop, measured slower through a callback,
 * walks the same ties by index ({@link #tiesFrom}).
 */
public final class Network {
    private final int size;
    private final boolean complete;
    private final int[] offsets;
    private final int[] targets;
    private final byte[] strong;
    private int[][] extra;
    private int[] extraCount;
    private long extraTies;

    private Network(int size, boolean complete, int[] offsets, int[] targets, byte[] strong) {
        this.size = size;
        this.complete = complete;
        this.offsets = offsets;
        this.targets = targets;
        this.strong = strong;
    }

    /** Everyone hears everyone; no ties are stored. */
    public static Network complete(int size) {
        return new Network(size, true, null, null, null);
    }

    /**
     * Builds the CSR arrays from an undirected edge list (each tie once, no self-loops or
     * duplicates: the generators guarantee it). Contacts are sorted per consumer so that the
     * layout, and hence every run, does not depend on generation order.
     */
    public static Network fromEdges(int size, int[] a, int[] b, boolean[] strongTie, int edges) {
        Builder built = new Builder(size);
        for (int e = 0; e < edges; e++) {
            built.count(a[e], b[e]);
        }
        built.layOut();
        for (int e = 0; e < edges; e++) {
            built.place(a[e], b[e], strongTie[e]);
        }
        return built.build();
    }

    /**
     * The CSR arrays built from a sequence of undirected ties gone through twice, in the same order:
     * once to {@link #count} them, then, after {@link #layOut}, to {@link #place} them. A generator
     * that can go through its ties again from what it keeps of them (Watts–Strogatz's bits) needs
     * no list of them; {@link #fromEdges} goes through a list.
     */
    static final class Builder {
        private final int size;
        /** Tie ends per consumer, counted one ahead ({@code offsets[i + 1]}), then summed into offsets. */
        private final int[] offsets;
        private int[] targets;
        private byte[] strong;
        /** Per consumer, where its next tie end goes. */
        private int[] fill;

        Builder(int size) {
            this.size = size;
            offsets = new int[size + 1];
        }

        /** Counts the tie between a and b (first pass). */
        void count(int a, int b) {
            offsets[a + 1]++;
            offsets[b + 1]++;
        }

        /** Turns the counts into offsets and makes the tie arrays, between the passes. */
        void layOut() {
            for (int i = 0; i < size; i++) {
                offsets[i + 1] += offsets[i];
            }
            targets = new int[offsets[size]];
            strong = new byte[offsets[size]];
            fill = Arrays.copyOf(offsets, size);
        }

        /** Places the tie between a and b, strong or not, at both ends (second pass). */
        void place(int a, int b, boolean strongTie) {
            byte s = (byte) (strongTie ? 1 : 0);
            targets[fill[a]] = b;
            strong[fill[a]++] = s;
            targets[fill[b]] = a;
            strong[fill[b]++] = s;
        }

        /** The network, each consumer's contacts sorted. */
        Network build() {
            fill = null;
            for (int i = 0; i < size; i++) {
                sortRange(targets, strong, offsets[i], offsets[i + 1]);
            }
            return new Network(size, false, offsets, targets, strong);
        }
    }

    private static void sortRange(int[] t, byte[] s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int tv = t[i];
            byte sv = s[i];
            int j = i - 1;
            while (j >= from && t[j] > tv) {
                t[j + 1] = t[j];
                s[j + 1] = s[j];
                j--;
            }
            t[j + 1] = tv;
            s[j + 1] = sv;
        }
    }

    public int size() {
        return size;
    }

    public boolean isComplete() {
        return complete;
    }

    // The CSR arrays themselves, read-only, for checks of the generators in this package; the
    // model walks contacts only through forEachContact.
    int[] offsets() {
        return offsets;
    }

    int[] targets() {
        return targets;
    }

    byte[] strong() {
        return strong;
    }

    /** What is done with each contact of a consumer; a primitive callback so the walk can be inlined. */
    @FunctionalInterface
    public interface ContactVisitor {
        /** One contact, and whether the tie is strong (ties added during the run always are). */
        void visit(int contact, boolean strong);
    }

    /**
     * Visits every contact of {@code i}: its ties in ascending order of contact, then those added
     * during the run in the order they were added. Visits nothing on a complete network, where
     * there are no explicit ties (callers use population-wide totals there).
     */
    public void forEachContact(int i, ContactVisitor visitor) {
        if (complete) {
            return;
        }
        int end = offsets[i + 1];
        for (int e = offsets[i]; e < end; e++) {
            visitor.visit(targets[e], strong[e] != 0);
        }
        int n = extraCount(i);
        if (n > 0) {
            int[] ex = extra[i];
            for (int e = 0; e < n; e++) {
                visitor.visit(ex[e], true);
            }
        }
    }

    /**
     * For the one loop too hot for a callback (listening in a single-brand market): i's base ties
     * are the indices {@code [tiesFrom(i), tiesFrom(i + 1))} of {@link #tieContact} and
     * {@link #tieStrong}, its added ties {@code addedContact(i, 0 .. addedCount(i) - 1)}, all
     * strong; the same contacts, in the same order, as {@link #forEachContact}. Not for complete
     * networks.
     */
    public int tiesFrom(int i) {
        return offsets[i];
    }

    /** The contact at tie index {@code e} (see {@link #tiesFrom}). */
    public int tieContact(int e) {
        return targets[e];
    }

    /** The index of i's base tie to j (see {@link #tiesFrom}), or −1 if they have none. */
    public int tieIndex(int i, int j) {
        int e = Arrays.binarySearch(targets, offsets[i], offsets[i + 1], j);
        return e >= 0 ? e : -1;
    }

    /** Whether the tie at index {@code e} is strong (see {@link #tiesFrom}). */
    public boolean tieStrong(int e) {
        return strong[e] != 0;
    }

    /**
     * The kind of the tie at index {@code e}: 0 for a weak tie, 1 for a strong one (see
     * {@link #tiesFrom}); an index into a table of tie weights, so a hot loop need not branch on it.
     */
    public int tieKind(int e) {
        return strong[e];
    }

    /** How many ties were added to i during the run (see {@link #tiesFrom}). */
    public int addedCount(int i) {
        return extraCount(i);
    }

    /** The {@code n}th contact added to i during the run (see {@link #tiesFrom}). */
    public int addedContact(int i, int n) {
        return extra[i][n];
    }

    private int extraCount(int i) {
        return extraCount == null ? 0 : extraCount[i];
    }

    /** Number of undirected ties, including those added during the run. */
    public long tieCount() {
        if (complete) {
            return (long) size * (size - 1) / 2;
        }
        return targets.length / 2 + extraTies;
    }

    public int degree(int i) {
        if (complete) {
            return size - 1;
        }
        return offsets[i + 1] - offsets[i] + extraCount(i);
    }

    /** Whether {@code i} and {@code j} are tied (base or added). */
    public boolean connected(int i, int j) {
        if (complete) {
            return i != j;
        }
        if (Arrays.binarySearch(targets, offsets[i], offsets[i + 1], j) >= 0) {
            return true;
        }
        int n = extraCount(i);
        int[] ex = n == 0 ? null : extra[i];
        for (int k = 0; k < n; k++) {
            if (ex[k] == j) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds a strong tie between {@code i} and {@code j} (community hosting's introductions).
     * Returns false, adding nothing, when they are the same consumer, already tied, or the network
     * is complete.
     */
    public boolean addStrongTie(int i, int j) {
        if (complete || i == j || connected(i, j)) {
            return false;
        }
        if (extra == null) {
            extra = new int[size][];
            extraCount = new int[size];
        }
        append(i, j);
        append(j, i);
        extraTies++;
        return true;
    }

    private void append(int i, int j) {
        int[] ex = extra[i];
        if (ex == null) {
            ex = new int[4];
            extra[i] = ex;
        } else if (extraCount[i] == ex.length) {
            ex = Arrays.copyOf(ex, ex.length * 2);
            extra[i] = ex;
        }
        ex[extraCount[i]++] = j;
    }

    /** Bytes held by the tie arrays, for memory estimates. */
    public long bytes() {
        if (complete) {
            return 0;
        }
        return 4L * offsets.length + 5L * targets.length;
    }
}
