package dev.rapport.experiment;

/**
 * How numbers are written in result files: whole numbers without a decimal point, others in
 * Java's shortest round-trip form, so files are compact, exact and byte-identical across runs.
 */
public final class Numbers {
    private Numbers() {
    }

    /** An undefined value (null) is an empty field. */
    public static String format(Double v) {
        return v == null ? "" : format(v.doubleValue());
    }

    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
