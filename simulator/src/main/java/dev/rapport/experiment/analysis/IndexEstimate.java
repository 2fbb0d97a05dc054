package dev.rapport.experiment.analysis;

/**
 * An estimate with its bootstrap percentile interval.
 *
 * @param value the estimate from all the data
 * @param low   the lower end of the interval
 * @param high  the upper end of the interval
 */
public record IndexEstimate(double value, double low, double high) {
    /** Whether the interval contains {@code x}. */
    public boolean covers(double x) {
        return low <= x && x <= high;
    }
}
