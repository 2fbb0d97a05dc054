package dev.rapport.experiment;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Strategy {@code a} against {@code b} on one metric at one week, paired by replication (both
 * played on the same consumers and draws): the mean difference a − b with its interval at the run's confidence level, and
 * the share of replications in which a ends above b (ties count half). Over n pairs; the mean
 * difference and the share are null when n = 0, the interval when n &lt; 2. Metrics that do not
 * apply ({@link Summary#notApplicable}) are not compared.
 */
public record Comparison(String metric, String brand, String a, String b, double week, int n, Double meanDifference,
                         Double ciLow, Double ciHigh,
                         // Snake case alone would write "probability_abeats_b", not the documented name reports read.
                         @JsonProperty("probability_a_beats_b") Double probabilityABeatsB) {

    /**
     * Whether a and b ended equal in every pair: a mean difference of exactly 0 with no spread (the
     * interval is mean ± t·sd/√n, so both its ends are 0 only when every difference is).
     */
    public boolean identical() {
        return n > 0 && meanDifference != null && meanDifference == 0
                && (n < 2 || (ciLow != null && ciHigh != null && ciLow == 0 && ciHigh == 0));
    }

    /**
     * The comparison of a against b over paired values: {@code x[i]} and {@code y[i]} are a's and
     * b's values in the same replication. The interval is {@link Statistics}'s, the one Rapport states everywhere.
     */
    static Comparison paired(String metric, String brand, String a, String b, double week, double[] x, double[] y,
                             double level) {
        double[] d = new double[x.length];
        double wins = 0;
        for (int i = 0; i < x.length; i++) {
            d[i] = x[i] - y[i];
            wins += x[i] > y[i] ? 1 : x[i] == y[i] ? 0.5 : 0;
        }
        Statistics.Estimate st = Statistics.meanSdInterval(d, level);
        return new Comparison(metric, brand, a, b, week, d.length, st.mean(), st.ciLow(), st.ciHigh(),
                d.length == 0 ? null : wins / d.length);
    }
}
