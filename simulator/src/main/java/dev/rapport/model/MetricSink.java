package dev.rapport.model;

/**
 * Receives the observations of one run: for each recorded tick and brand, the value of every
 * {@link Metric} in declaration order. Implementations write files or keep summaries; the model
 * does not know which.
 */
@FunctionalInterface
public interface MetricSink {
    /**
     * @param tick   tick index (0 is the initial state)
     * @param week   simulated time at the end of the tick, in weeks
     * @param brand  brand index in scenario order
     * @param values one value per {@link Metric}, indexed by ordinal; the array is reused after the call
     */
    void record(int tick, double week, int brand, double[] values);
}
