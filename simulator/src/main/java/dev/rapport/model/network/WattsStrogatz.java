package dev.rapport.model.network;

import ec.util.MersenneTwisterFast;

/**
 * Watts–Strogatz small world (1998): a ring where each consumer is tied to {@code degree/2}
 * neighbours on each side, then each tie's far end is rewired to a uniformly random consumer
 * with probability {@code rewire}, avoiding self-loops and duplicates. With rewire 0 it is the
 * ring lattice used for the Bass-on-a-ring validation.
 */
final class WattsStrogatz {
    private WattsStrogatz() {
    }

    static Network generate(int n, int degree, double rewire, double strongShare, MersenneTwisterFast rng) {
        int half = degree / 2;
        EdgeBuffer edges = new EdgeBuffer((long) n * half + 16);
        for (int i = 0; i < n; i++) {
            for (int k = 1; k <= half; k++) {
                int j = (i + k) % n;
                boolean strong = rng.nextDouble() < strongShare;
                if (rewire > 0 && rng.nextDouble() < rewire) {
                    int target = j;
                    for (int attempt = 0; attempt < 32; attempt++) {
                        int candidate = rng.nextInt(n);
                        if (candidate != i && !edges.contains(i, candidate) && !laterLattice(i, candidate, n, half)) {
                            target = candidate;
                            break;
                        }
                    }
                    if (!edges.add(i, target, strong)) {
                        edges.add(i, j, strong);
                    }
                } else {
                    edges.add(i, j, strong);
                }
            }
        }
        return edges.toNetwork(n);
    }

    /** Whether (i, c) is a lattice tie still to be laid, which a rewired tie must not pre-empt. */
    private static boolean laterLattice(int i, int c, int n, int half) {
        int d = Math.floorMod(i - c, n);
        return d >= 1 && d <= half && c > i - half;
    }
}
