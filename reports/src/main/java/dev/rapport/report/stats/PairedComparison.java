package dev.rapport.report.stats;

import dev.rapport.report.results.Replicates;

/**
 * Strategy {@code a} against {@code b} on one metric at one tick, paired replication by
 * replication (replication r of both played on the same consumers and draws).
 *
 * @param a                  the first strategy
 * @param b                  the second strategy
 * @param difference         mean and interval of a − b over the pairs
 * @param probabilityABeatsB share of pairs in which a ends strictly above b
 */
public record PairedComparison(String a, String b, Interval difference, double probabilityABeatsB) {

    /**
     * @param tick  the tick compared; both must have it
     * @param level the confidence level of the interval
     * @return the comparison over the replications both strategies have
     */
    public static PairedComparison of(String a, Replicates aValues, String b, Replicates bValues,
                                      int tick, double level) {
        int n = Math.min(aValues.replications(), bValues.replications());
        double[] differences = new double[n];
        int wins = 0;
        for (int r = 0; r < n; r++) {
            differences[r] = aValues.value(r, tick) - bValues.value(r, tick);
            if (differences[r] > 0) {
                wins++;
            }
        }
        return new PairedComparison(a, b, Interval.of(differences, level), (double) wins / n);
    }
}
