package dev.rapport.model.network;

import ec.util.MersenneTwisterFast;

/**
 * Stochastic block model with one block per segment: each consumer has on average
 * {@code withinDegree} contacts in its own segment and {@code betweenDegree} in others. Ties are
 * drawn as random pairs (duplicates skipped), which for sparse graphs is the SBM's Poisson limit.
 * Within-segment ties are strong with probability {@code strongShare}; between-segment ties are
 * weak: they are the bridges that carry news between tribes.
 */
final class StochasticBlock {
    private StochasticBlock() {
    }

    static Network generate(int n, byte[] segmentOf, int segments, double withinDegree, double betweenDegree,
                            double strongShare, MersenneTwisterFast rng) {
        int[][] members = new int[segments][];
        int[] counts = new int[segments];
        // A segment index is one byte read unsigned: segments 128 to 255 are stored as negative bytes.
        for (int i = 0; i < n; i++) {
            counts[Byte.toUnsignedInt(segmentOf[i])]++;
        }
        for (int s = 0; s < segments; s++) {
            members[s] = new int[counts[s]];
        }
        int[] fill = new int[segments];
        for (int i = 0; i < n; i++) {
            int s = Byte.toUnsignedInt(segmentOf[i]);
            members[s][fill[s]++] = i;
        }
        EdgeBuffer edges = new EdgeBuffer((long) ((withinDegree + betweenDegree) * n / 2 * 1.1) + 16);
        for (int s = 0; s < segments; s++) {
            int size = counts[s];
            if (size < 2) {
                continue;
            }
            long target = Math.round(withinDegree * size / 2.0);
            long maxPairs = (long) size * (size - 1) / 2;
            target = Math.min(target, maxPairs);
            long added = 0;
            long attempts = 0;
            while (added < target && attempts++ < 20 * target + 100) {
                int a = members[s][rng.nextInt(size)];
                int b = members[s][rng.nextInt(size)];
                if (edges.add(a, b, rng.nextDouble() < strongShare)) {
                    added++;
                }
            }
        }
        if (segments > 1 && betweenDegree > 0) {
            long target = Math.round(betweenDegree * n / 2.0);
            long added = 0;
            long attempts = 0;
            while (added < target && attempts++ < 20 * target + 100) {
                int a = rng.nextInt(n);
                int b = rng.nextInt(n);
                if (segmentOf[a] != segmentOf[b] && edges.add(a, b, false)) {
                    added++;
                }
            }
        }
        return edges.toNetwork(n);
    }
}
