package dev.rapport.experiment.analysis;

/**
 * A box's range on one factor, and which of its ends restrict the factor (lie inside the range of
 * the data PRIM started from).
 *
 * @param factor        the factor's index (column of the points)
 * @param low           the lowest value in the box
 * @param high          the highest value in the box
 * @param restrictsLow  whether {@code low} is above the data's minimum: the box says "factor >= low"
 * @param restrictsHigh whether {@code high} is below the data's maximum: the box says "factor <= high"
 */
public record FactorLimits(int factor, double low, double high, boolean restrictsLow, boolean restrictsHigh) {
    /** Whether the box restricts this factor at all. */
    public boolean restricted() {
        return restrictsLow || restrictsHigh;
    }
}
