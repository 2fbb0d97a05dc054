package dev.rapport.model.network;

import ec.util.MersenneTwisterFast;

/**
 * Barabási–Albert preferential attachment (1999): starting from a clique of m + 1 consumers, each
 * new consumer ties to m distinct existing ones chosen with probability proportional to their
 * degree (sampling from the list of tie ends). Gives the scale-free hubs of online networks.
 */
final class BarabasiAlbert {
    private BarabasiAlbert() {
    }

    static Network generate(int n, int m, double strongShare, MersenneTwisterFast rng) {
        int m0 = Math.min(n, m + 1);
        long expected = (long) m * n + (long) m0 * m0;
        EdgeBuffer edges = new EdgeBuffer(expected);
        int[] ends = new int[(int) Math.min(Integer.MAX_VALUE - 8, 2 * expected + 16)];
        int endCount = 0;
        for (int i = 0; i < m0; i++) {
            for (int j = i + 1; j < m0; j++) {
                edges.add(i, j, rng.nextDouble() < strongShare);
                ends[endCount++] = i;
                ends[endCount++] = j;
            }
        }
        int[] chosen = new int[m];
        for (int v = m0; v < n; v++) {
            int got = 0;
            int guard = 0;
            while (got < m && guard++ < 100 * m) {
                int t = ends[rng.nextInt(endCount)];
                if (!edges.add(v, t, rng.nextDouble() < strongShare)) {
                    continue;
                }
                chosen[got++] = t;
            }
            for (int k = 0; k < got; k++) {
                ends[endCount++] = v;
                ends[endCount++] = chosen[k];
            }
        }
        return edges.toNetwork(n);
    }
}
