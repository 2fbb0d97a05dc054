package dev.rapport.model.network;

import dev.rapport.ties.PairTable;
import ec.util.MersenneTwisterFast;

/**
 * Random k-regular graph by the configuration model: every consumer gets k stubs, stubs are
 * paired at random, and pairs that would make a self-loop or a duplicate tie are repaired by
 * swapping an end with a randomly chosen valid tie (a degree-preserving switch). Every consumer
 * ends with exactly k contacts. A dense graph (k above (n - 1) / 2), where repairs would rarely
 * find a free pair, is the complement of a random (n - 1 - k)-regular graph: complementing is a
 * bijection between the two sets of graphs, so the result is as random.
 */
final class RandomRegular {
    private RandomRegular() {
    }

    static Network generate(int n, int k, double strongShare, MersenneTwisterFast rng) {
        if (k > (n - 1) / 2) {
            EdgeBuffer missing = ties(n, n - 1 - k, 0, rng);
            EdgeBuffer edges = new EdgeBuffer((long) n * k / 2 + 16);
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (!missing.contains(i, j)) {
                        edges.add(i, j, rng.nextDouble() < strongShare);
                    }
                }
            }
            return edges.toNetwork(n);
        }
        return ties(n, k, strongShare, rng).toNetwork(n);
    }

    private static EdgeBuffer ties(int n, int k, double strongShare, MersenneTwisterFast rng) {
        int stubs = n * k;
        int[] stub = new int[stubs];
        for (int i = 0; i < stubs; i++) {
            stub[i] = i / k;
        }
        for (int attempt = 0; attempt < 50; attempt++) {
            for (int i = stubs - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = stub[i];
                stub[i] = stub[j];
                stub[j] = t;
            }
            EdgeBuffer ties = pair(stub, strongShare, rng);
            if (ties != null) {
                return ties;
            }
        }
        throw new IllegalStateException("could not build a simple " + k + "-regular graph on " + n + " consumers");
    }

    private static EdgeBuffer pair(int[] stub, double strongShare, MersenneTwisterFast rng) {
        int m = stub.length / 2;
        int[] a = new int[m];
        int[] b = new int[m];
        for (int e = 0; e < m; e++) {
            a[e] = stub[2 * e];
            b[e] = stub[2 * e + 1];
        }
        // Repair self-loops and duplicates with degree-preserving switches against random ties.
        TieCounts probe = new TieCounts(m);
        int[] bad = new int[m];
        int badCount = 0;
        for (int e = 0; e < m; e++) {
            if (!probe.add(a[e], b[e])) {
                bad[badCount++] = e;
            }
        }
        long budget = 1000L * (badCount + 1);
        for (int x = 0; x < badCount && budget > 0; ) {
            int e = bad[x];
            int f = rng.nextInt(m);
            budget--;
            if (f == e) {
                continue;
            }
            int u = a[e];
            int v = b[e];
            int p = a[f];
            int q = b[f];
            // Switch (u,v),(p,q) -> (u,p),(v,q): valid when both new ties are new and simple.
            if (u == p || v == q || probe.contains(u, p) || probe.contains(v, q) || (u == v && p == q)) {
                continue;
            }
            if (!probe.contains(p, q)) {
                continue; // f must be a valid tie already in the graph
            }
            if (PairTable.key(u, p) == PairTable.key(v, q)) {
                return null; // the two new ties would be one: start again from a new shuffle
            }
            probe.remove(u, v);
            probe.remove(p, q);
            probe.add(u, p);
            probe.add(v, q);
            a[e] = u;
            b[e] = p;
            a[f] = v;
            b[f] = q;
            x++;
        }
        EdgeBuffer edges = new EdgeBuffer(m);
        for (int e = 0; e < m; e++) {
            if (!edges.add(a[e], b[e], rng.nextDouble() < strongShare)) {
                return null;
            }
        }
        return edges;
    }

    /**
     * How many of the current ties join each pair, so that a switch updates the ties it changes in
     * constant time; a duplicate stays present while another copy remains. Self-loops are not
     * counted. (Rebuilding a set of all ties after every switch cost minutes at a million
     * consumers.)
     */
    private static final class TieCounts {
        private final PairTable counts;

        TieCounts(int ties) {
            counts = new PairTable(ties);
        }

        /** Counts the tie; false when it is a self-loop or the pair was already joined. */
        boolean add(int i, int j) {
            return i != j && counts.add(PairTable.key(i, j), 1) <= 0;
        }

        void remove(int i, int j) {
            if (i != j) {
                counts.add(PairTable.key(i, j), -1);
            }
        }

        boolean contains(int i, int j) {
            return counts.get(PairTable.key(i, j)) > 0;
        }
    }
}
