package dev.rapport.ties;

import java.util.Arrays;

/**
 * An int for each unordered pair of consumers, in a primitive open-addressing table keyed by the
 * pair packed in a long: what the network generators and the edge-list reader need to know of
 * millions of ties (how many copies of a tie there are, or the row a tie was first read on) without
 * a boxed map, which costs about a gigabyte and most of the time at ten million ties. A pair once
 * added keeps its slot, whatever its value becomes.
 */
public final class PairTable {
    /** What {@link #get} and {@link #putIfAbsent} return for a pair the table has never held. */
    public static final int MISSING = -1;
    private static final long EMPTY = -1L;

    private long[] keys;
    private int[] values;
    private int filled;

    /** @param expected how many pairs it will likely hold (it grows beyond) */
    public PairTable(long expected) {
        int table = slotsFor(expected);
        keys = new long[table];
        values = new int[table];
        Arrays.fill(keys, EMPTY);
    }

    /** Bytes a table made for {@code expected} pairs takes before it grows, for memory estimates. */
    public static long bytesFor(long expected) {
        return (long) slotsFor(expected) * (Long.BYTES + Integer.BYTES);
    }

    private static int slotsFor(long expected) {
        return Integer.highestOneBit((int) Math.min(1 << 30, Math.max(16L, 2L * expected))) << 1;
    }

    /** The key of the pair {i, j}, the same either way round. */
    public static long key(int i, int j) {
        return i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
    }

    /** The pair's value, or {@link #MISSING} when the table never held it. */
    public int get(long key) {
        int slot = slot(keys, key);
        return keys[slot] == key ? values[slot] : MISSING;
    }

    /** Adds {@code delta} to the pair's value (from 0 for a new pair); returns the value before. */
    public int add(long key, int delta) {
        int slot = claim(key);
        int before = values[slot];
        values[slot] = before + delta;
        return before;
    }

    /** The pair's value if the table holds it; else stores {@code value} and returns {@link #MISSING}. */
    public int putIfAbsent(long key, int value) {
        int slot = slot(keys, key);
        if (keys[slot] == key) {
            return values[slot];
        }
        slot = claim(key);
        values[slot] = value;
        return MISSING;
    }

    /** The pair's slot, taken (value 0) if it was free; grows the table before it is half full. */
    private int claim(long key) {
        int slot = slot(keys, key);
        if (keys[slot] == key) {
            return slot;
        }
        if (2 * (filled + 1) > keys.length) {
            grow();
            slot = slot(keys, key);
        }
        keys[slot] = key;
        values[slot] = 0;
        filled++;
        return slot;
    }

    /** The key's slot, or the free slot where it would go. */
    private static int slot(long[] keys, long key) {
        int mask = keys.length - 1;
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 33) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[keys.length];
        Arrays.fill(keys, EMPTY);
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] != EMPTY) {
                int slot = slot(keys, oldKeys[s]);
                keys[slot] = oldKeys[s];
                values[slot] = oldValues[s];
            }
        }
    }
}
