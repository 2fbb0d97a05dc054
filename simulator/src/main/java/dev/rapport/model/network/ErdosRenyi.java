package dev.rapport.model.network;

import ec.util.MersenneTwisterFast;

/**
 * Erdős–Rényi G(n, p) with p = meanDegree / (n − 1), by Batagelj &amp; Brandes' geometric skipping
 * (2005): time proportional to the number of ties, each pair included independently.
 */
final class ErdosRenyi {
    private ErdosRenyi() {
    }

    static Network generate(int n, double meanDegree, double strongShare, MersenneTwisterFast rng) {
        double p = n > 1 ? Math.min(1.0, meanDegree / (n - 1)) : 0;
        EdgeBuffer edges = new EdgeBuffer((long) (meanDegree * n / 2 * 1.1) + 16);
        if (p > 0) {
            double logq = Math.log(1 - p);
            long v = 1;
            long w = -1;
            while (v < n) {
                double r = rng.nextDouble();
                w += 1 + (p >= 1 ? 0 : (long) Math.floor(Math.log(1 - r) / logq));
                while (w >= v && v < n) {
                    w -= v;
                    v++;
                }
                if (v < n) {
                    edges.add((int) v, (int) w, rng.nextDouble() < strongShare);
                }
            }
        }
        return edges.toNetwork(n);
    }
}
