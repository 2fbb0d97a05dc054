package dev.rapport.model.network;

import java.util.Arrays;

/**
 * A growable list of undirected ties with a primitive hash set that refuses self-loops and
 * duplicates, used by the generators; {@link #toNetwork(int)} turns it into a {@link Network}.
 */
final class EdgeBuffer {
    private int[] a;
    private int[] b;
    private boolean[] strong;
    private int count;
    private long[] keys;
    private int mask;
    private int filled;

    EdgeBuffer(long expectedEdges) {
        int cap = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(16, expectedEdges));
        a = new int[cap];
        b = new int[cap];
        strong = new boolean[cap];
        int table = Integer.highestOneBit((int) Math.min(1 << 30, Math.max(16, expectedEdges * 2))) << 1;
        keys = new long[table];
        Arrays.fill(keys, -1L);
        mask = table - 1;
    }

    /** Adds the tie unless it is a self-loop or already present; returns whether it was added. */
    boolean add(int i, int j, boolean isStrong) {
        if (i == j) {
            return false;
        }
        long key = i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
        if (!insert(key)) {
            return false;
        }
        if (count == a.length) {
            int cap = a.length * 2;
            a = Arrays.copyOf(a, cap);
            b = Arrays.copyOf(b, cap);
            strong = Arrays.copyOf(strong, cap);
        }
        a[count] = i;
        b[count] = j;
        strong[count] = isStrong;
        count++;
        return true;
    }

    boolean contains(int i, int j) {
        long key = i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
        int slot = slot(key);
        while (keys[slot] != -1L) {
            if (keys[slot] == key) {
                return true;
            }
            slot = (slot + 1) & mask;
        }
        return false;
    }

    int count() {
        return count;
    }

    private boolean insert(long key) {
        if (filled * 2 >= keys.length) {
            rehash();
        }
        int slot = slot(key);
        while (keys[slot] != -1L) {
            if (keys[slot] == key) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        filled++;
        return true;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 33) & mask;
    }

    private void rehash() {
        long[] old = keys;
        keys = new long[old.length * 2];
        Arrays.fill(keys, -1L);
        mask = keys.length - 1;
        filled = 0;
        for (long k : old) {
            if (k != -1L) {
                insert(k);
            }
        }
    }

    Network toNetwork(int size) {
        keys = null;
        return Network.fromEdges(size, a, b, strong, count);
    }
}
