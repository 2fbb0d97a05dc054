package dev.rapport.report.table;

import dev.rapport.report.stats.PairedComparison;

/**
 * One pair of strategies compared on the objective at the horizon, paired over replications.
 *
 * @param comparison         the numbers
 * @param reverse            b against a over the same replications, for the share in which b ends ahead
 * @param meanDifference     mean of a − b, written out
 * @param ci                 its 95% interval, written out
 * @param probabilityABeatsB share of replications in which a ends ahead, as a percentage
 * @param probabilityBBeatsA share of replications in which b ends ahead, as a percentage
 * @param fromSummary        true when taken from {@code summary.json}, false when computed from
 *                           {@code series.csv}
 */
public record PairRow(PairedComparison comparison, PairedComparison reverse, String meanDifference, String ci,
                      String probabilityABeatsB, String probabilityBBeatsA, boolean fromSummary) {
}
