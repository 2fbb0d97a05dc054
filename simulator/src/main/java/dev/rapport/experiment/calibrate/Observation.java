package dev.rapport.experiment.calibrate;

import dev.rapport.model.Metric;

/**
 * One row of observed data: a brand's metric over the period that ends at {@code week}. For a flow
 * metric ({@link ObservedData#isFlow}) the value is the sum over the weeks after {@code from} up to
 * {@code week}; for a stock metric it is the value at {@code week} and {@code from} is unused.
 *
 * @param brand the brand's index in the scenario
 * @param from  the end of the row's previous period of the same brand and metric (0 for the first)
 * @param line  the row's line in the file, for messages; Serializable, as a calibration's runs
 *              carry the observations to a cluster's executors
 */
public record Observation(int brand, Metric metric, double from, double week, double value, int line)
        implements java.io.Serializable {
    public Observation {
        if (!(week >= from) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("observation at week " + week + " from " + from + ": " + value);
        }
    }
}
