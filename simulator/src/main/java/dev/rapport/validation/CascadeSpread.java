package dev.rapport.validation;

import java.util.ArrayDeque;

/**
 * The exact expected spread of an independent cascade on a small graph, by enumerating every
 * live-edge graph (Kempe, Kleinberg &amp; Tardos 2003: each tie is live with probability p, and the
 * active set is what the seed reaches over live ties). Exponential in the number of ties, so for
 * the handful of ties of the validation graphs only.
 */
final class CascadeSpread {
    static final int MAX_TIES = 24;

    private CascadeSpread() {
    }

    /** Expected number of active nodes, seed included, on the undirected graph of ties (a[e], b[e]). */
    static double expected(int nodes, int[] a, int[] b, int seed, double p) {
        int ties = a.length;
        if (ties > MAX_TIES) {
            throw new IllegalArgumentException("exact enumeration is for at most " + MAX_TIES + " ties, got " + ties);
        }
        double total = 0;
        for (long live = 0; live < 1L << ties; live++) {
            int count = Long.bitCount(live);
            double weight = Math.pow(p, count) * Math.pow(1 - p, ties - count);
            total += weight * reached(nodes, a, b, seed, live);
        }
        return total;
    }

    private static int reached(int nodes, int[] a, int[] b, int seed, long live) {
        boolean[] seen = new boolean[nodes];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        seen[seed] = true;
        queue.add(seed);
        int count = 1;
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int e = 0; e < a.length; e++) {
                if ((live >>> e & 1) == 0) {
                    continue;
                }
                int v = a[e] == u ? b[e] : b[e] == u ? a[e] : -1;
                if (v >= 0 && !seen[v]) {
                    seen[v] = true;
                    queue.add(v);
                    count++;
                }
            }
        }
        return count;
    }
}
