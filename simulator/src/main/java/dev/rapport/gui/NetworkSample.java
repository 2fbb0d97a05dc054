package dev.rapport.gui;

import dev.rapport.model.network.Network;
import ec.util.MersenneTwisterFast;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The consumers the network view draws and where: up to {@code max} of them, a neighbourhood
 * grown breadth-first from one consumer so that most of their ties are drawn too (a random sample
 * of a large network would show few), laid out on a grid in consumer order, row by row in
 * alternate directions, so that on a small-world ring neighbours sit side by side and rewired ties
 * stand out as long lines. A complete network has no ties to draw: a random sample, no lines.
 * Every choice draws from the display's generator, never from the model's.
 *
 * @param consumers the consumers drawn, in ascending order
 * @param x         their positions, in grid cells
 * @param y         their positions, in grid cells
 * @param from      the ties among them: one end, as an index into {@code consumers}
 * @param to        the other end
 * @param strong    whether each tie is strong
 * @param width     the grid's width, in cells
 * @param height    the grid's height, in cells
 */
record NetworkSample(int[] consumers, double[] x, double[] y, int[] from, int[] to, boolean[] strong,
                     double width, double height) {

    /** Half the room a consumer may be moved off its grid cell, so that lines do not overlap. */
    private static final double JITTER = 0.2;

    static NetworkSample of(Network net, int max, MersenneTwisterFast rng) {
        int n = Math.min(max, net.size());
        int[] chosen = net.isComplete() ? randomSample(net.size(), n, rng) : neighbourhood(net, n, rng);
        Arrays.sort(chosen);
        int[] slot = new int[net.size()];
        Arrays.fill(slot, -1);
        for (int s = 0; s < chosen.length; s++) {
            slot[chosen[s]] = s;
        }
        // Square, as the display is.
        int columns = Math.max(1, (int) Math.ceil(Math.sqrt(chosen.length)));
        int rows = Math.max(1, (chosen.length + columns - 1) / columns);
        double[] x = new double[chosen.length];
        double[] y = new double[chosen.length];
        for (int s = 0; s < chosen.length; s++) {
            int row = s / columns;
            int column = row % 2 == 0 ? s % columns : columns - 1 - s % columns;
            x[s] = column + 0.5 + (rng.nextDouble() * 2 - 1) * JITTER;
            y[s] = row + 0.5 + (rng.nextDouble() * 2 - 1) * JITTER;
        }
        TieList ties = new TieList();
        for (int s = 0; s < chosen.length; s++) {
            int here = s;
            net.forEachContact(chosen[s], (j, isStrong) -> {
                if (slot[j] > here) {
                    ties.add(here, slot[j], isStrong);
                }
            });
        }
        return new NetworkSample(chosen, x, y, ties.from(), ties.to(), ties.strong(), columns, rows);
    }

    private static int[] randomSample(int size, int n, MersenneTwisterFast rng) {
        int[] all = new int[size];
        for (int i = 0; i < size; i++) {
            all[i] = i;
        }
        for (int i = 0; i < n; i++) {
            int j = i + rng.nextInt(size - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return Arrays.copyOf(all, n);
    }

    /** Breadth-first from a random consumer; a fresh start when a component runs out. */
    private static int[] neighbourhood(Network net, int n, MersenneTwisterFast rng) {
        boolean[] seen = new boolean[net.size()];
        int[] out = new int[n];
        int count = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        while (count < n) {
            if (queue.isEmpty()) {
                int start = rng.nextInt(net.size());
                while (seen[start]) {
                    start = (start + 1) % net.size();
                }
                seen[start] = true;
                queue.add(start);
            }
            int i = queue.poll();
            out[count++] = i;
            net.forEachContact(i, (j, isStrong) -> {
                if (!seen[j]) {
                    seen[j] = true;
                    queue.add(j);
                }
            });
        }
        return out;
    }

    /** Number of ties drawn. */
    int ties() {
        return from.length;
    }

    /** A growing list of ties on plain arrays. */
    private static final class TieList {
        private int[] a = new int[64];
        private int[] b = new int[64];
        private boolean[] s = new boolean[64];
        private int count;

        void add(int from, int to, boolean strong) {
            if (count == a.length) {
                a = Arrays.copyOf(a, count * 2);
                b = Arrays.copyOf(b, count * 2);
                s = Arrays.copyOf(s, count * 2);
            }
            a[count] = from;
            b[count] = to;
            s[count++] = strong;
        }

        int[] from() {
            return Arrays.copyOf(a, count);
        }

        int[] to() {
            return Arrays.copyOf(b, count);
        }

        boolean[] strong() {
            return Arrays.copyOf(s, count);
        }
    }
}
