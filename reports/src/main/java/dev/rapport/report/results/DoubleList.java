package dev.rapport.report.results;

import java.util.Arrays;

/** A growable array of primitive doubles written by index, so a million values need no boxing. */
final class DoubleList {

    private double[] values = new double[64];
    private int size;

    /** Sets {@code values[index]}, growing as needed; gaps are left as NaN. */
    void set(int index, double value) {
        if (index >= values.length) {
            int old = values.length;
            values = Arrays.copyOf(values, Math.max(index + 1, old * 2));
            Arrays.fill(values, old, values.length, Double.NaN);
        }
        values[index] = value;
        size = Math.max(size, index + 1);
    }

    /** @return a trimmed copy */
    double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
