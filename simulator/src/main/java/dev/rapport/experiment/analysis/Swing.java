package dev.rapport.experiment.analysis;

/**
 * How far the output moves when one factor goes from its low to its high value, the others at base.
 *
 * @param factor     the factor's index
 * @param low        the factor's low value
 * @param high       the factor's high value
 * @param baseOutput the output at the base point
 * @param lowOutput  the output with the factor at its low value
 * @param highOutput the output with the factor at its high value
 */
public record Swing(int factor, double low, double high, double baseOutput, double lowOutput, double highOutput) {
    /** The width of the factor's bar: |highOutput - lowOutput|. */
    public double swing() {
        return Math.abs(highOutput - lowOutput);
    }
}
