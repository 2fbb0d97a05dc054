package dev.rapport.experiment.calibrate;

import dev.rapport.model.Metric;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A brand's observed series as {@code rapport calibrate} reads them ({@link ObservedDataReader}):
 * one {@link Observation} per row, ordered by brand, metric (in {@link Metric} order) and week.
 *
 * @param source      the file, for messages and the manifest
 * @param brands      the scenario's brand names, by index
 * @param brandColumn whether the file named brands (else every row is the focal brand's)
 */
public record ObservedData(String source, List<Observation> rows, List<String> brands, boolean brandColumn) {
    /**
     * The metrics counted per tick: a row of one sums them over its period. Every other metric is a
     * level (customers, members, cumulative profit, trust...) and a row is compared at its week.
     */
    private static final Set<Metric> FLOWS = EnumSet.of(Metric.REVENUE, Metric.COGS, Metric.PURCHASES,
            Metric.LEVER_COST, Metric.ADVERTISING_COST, Metric.PAID_REACH_COST, Metric.VALUE_DELIVERY_COST,
            Metric.COMMUNITY_COST, Metric.ADVOCATE_PROGRAMME_COST, Metric.LISTENING_COST, Metric.RESPONSE_COST,
            Metric.DISCOUNT_COST, Metric.PROFIT, Metric.ACQUIRED_ADVERTISING, Metric.ACQUIRED_DISCOUNT,
            Metric.ACQUIRED_REFERRAL, Metric.ACQUIRED_WORD_OF_MOUTH, Metric.ACQUIRED_ORGANIC);

    public ObservedData {
        rows = List.copyOf(rows);
        brands = List.copyOf(brands);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("observed data without rows");
        }
    }

    /** Whether a row of {@code metric} sums it over its period rather than reading it at its week. */
    public static boolean isFlow(Metric metric) {
        return FLOWS.contains(metric);
    }

    public int size() {
        return rows.size();
    }

    /** The observed values, in row order. */
    public double[] values() {
        return rows.stream().mapToDouble(Observation::value).toArray();
    }

    /**
     * A SHA-256 of the rows as read (brand, metric, period and value of each): the same data give
     * the same fingerprint however the file was laid out, so a resumed calibration can check it
     * fits the same data.
     */
    public String fingerprint() {
        StringBuilder sb = new StringBuilder();
        for (Observation o : rows) {
            sb.append(o.brand()).append(',').append(o.metric().column()).append(',').append(o.from()).append(',')
                    .append(o.week()).append(',').append(o.value()).append('\n');
        }
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The metrics observed, in order of first appearance. */
    public List<Metric> metrics() {
        return rows.stream().map(Observation::metric).distinct().toList();
    }
}
