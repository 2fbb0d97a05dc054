package dev.rapport.experiment;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;

/**
 * Strategy {@code a} against {@code b} on one outcome, paired by replication (both played on the
 * same consumers and draws), as {@code rapport compare} states it: the mean difference a − b with
 * its interval ({@link Comparison#paired}, the interval Rapport states everywhere) and its full
 * width, the two-sided p-values of the paired t-test and of the Wilcoxon signed-rank test (Commons
 * Math), and the share of replications in which a ends above b (ties count half, as in
 * {@code summary.json}). Values that are undefined are null: the interval with fewer than two
 * pairs, both p-values when a and b ended equal in every pair (there is no difference to test).
 *
 * @param n the paired replications it took
 */
public record PairedDifference(String metric, String brand, double week, String a, String b, int n,
                               Double meanDifference, Double ciLow, Double ciHigh, Double ciWidth,
                               @JsonProperty("paired_t_p_value") Double pairedTPValue,
                               @JsonProperty("wilcoxon_p_value") Double wilcoxonPValue,
                               @JsonProperty("probability_a_beats_b") Double probabilityABeatsB) {

    /**
     * Above this many pairs the Wilcoxon p-value is the normal approximation: Commons Math's exact
     * p-value enumerates all 2^n sign patterns (it allows n up to 30, but takes seconds from ~24 on).
     */
    static final int EXACT_WILCOXON_MAX = 20;

    /**
     * @param x a's values, {@code x[i]} in the same replication as {@code y[i]}
     * @param y b's values
     */
    public static PairedDifference of(String metric, String brand, double week, String a, String b, double[] x, double[] y,
                               double level) {
        Comparison c = Comparison.paired(metric, brand, a, b, week, x, y, level);
        Double width = c.ciLow() == null ? null : c.ciHigh() - c.ciLow();
        Double t = null;
        Double wilcoxon = null;
        if (x.length >= 2 && !c.identical()) {
            t = defined(new TTest().pairedTTest(x, y));
            wilcoxon = defined(new WilcoxonSignedRankTest().wilcoxonSignedRankTest(x, y, x.length <= EXACT_WILCOXON_MAX));
        }
        return new PairedDifference(metric, brand, week, a, b, c.n(), c.meanDifference(), c.ciLow(), c.ciHigh(), width,
                t, wilcoxon, c.probabilityABeatsB());
    }

    private static Double defined(double p) {
        // Commons Math's exact Wilcoxon p-value is twice a one-sided tail, which passes 1 when W sits at its centre.
        return Double.isNaN(p) ? null : Math.min(1, p);
    }
}
