package dev.rapport.validation;

/**
 * Elasticities from paired runs: replication r of the changed market and of the unchanged one
 * play on the same consumers, network and draws, so their difference is the effect of the
 * change and not noise (common random numbers). Elasticity is the relative change in the outcome
 * over the relative change in the input; each replication gives one, and their spread across
 * replications gives the interval.
 */
final class Elasticity {
    private Elasticity() {
    }

    /**
     * The elasticity of one pair: {@code (changed − unchanged) / reference / step}.
     *
     * @param unchanged the outcome without the change (units in a window)
     * @param changed   the outcome with it, same replication and window
     * @param reference the outcome the change is relative to: the unchanged run's units in the
     *                  window of the change (equal to {@code unchanged} for the short term; for the
     *                  long term the extra units of the following weeks are counted over it)
     * @param step      the relative change in the input, e.g. 0.1 for +10% (may be negative, not 0)
     */
    static double of(double unchanged, double changed, double reference, double step) {
        if (step == 0) {
            throw new IllegalArgumentException("an elasticity needs a non-zero step");
        }
        return reference == 0 ? Double.NaN : (changed - unchanged) / reference / step;
    }

    /** {@link #of} replication by replication; the arrays are indexed by replication. */
    static double[] paired(double[] unchanged, double[] changed, double[] reference, double step) {
        if (unchanged.length != changed.length || unchanged.length != reference.length) {
            throw new IllegalArgumentException("pairs need as many changed as unchanged runs");
        }
        double[] out = new double[unchanged.length];
        for (int r = 0; r < out.length; r++) {
            out[r] = of(unchanged[r], changed[r], reference[r], step);
        }
        return out;
    }
}
