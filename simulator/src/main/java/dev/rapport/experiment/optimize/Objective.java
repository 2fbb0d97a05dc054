package dev.rapport.experiment.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code rapport optimize} maximises: one outcome at the horizon, or a weighted sum of
 * several ({@code cumulative_profit+20*members}), by their names in the experiment's metric list.
 * {@code profit} and {@code incremental_profit} are short for {@code cumulative_profit} and
 * {@code incremental_cumulative_profit}; {@code npv} and {@code incremental_npv} for
 * {@code discounted_profit} and {@code incremental_discounted_profit}, the profit's net present
 * value at week 0.
 *
 * @param text  as given
 * @param terms the weighted outcomes, by metric column
 */
public record Objective(String text, List<Term> terms) {
    private static final Map<String, String> SHORT = Map.of("profit", "cumulative_profit",
            "incremental_profit", "incremental_cumulative_profit", "npv", "discounted_profit",
            "incremental_npv", "incremental_discounted_profit");

    /** One weighted outcome. */
    public record Term(double weight, String metric) {
    }

    public Objective {
        terms = List.copyOf(terms);
    }

    /**
     * Parses an objective against the metrics the runs report.
     *
     * @param columns the experiment's metric columns, in order
     */
    public static Objective parse(String text, List<String> columns) {
        List<Term> terms = new ArrayList<>();
        for (String part : text.split("\\+")) {
            String t = part.strip();
            double weight = 1;
            int star = t.indexOf('*');
            if (star >= 0) {
                try {
                    weight = Double.parseDouble(t.substring(0, star).strip());
                } catch (NumberFormatException e) {
                    throw new OptimizeException("--objective " + text + ": '" + t + "' is not WEIGHT*METRIC, e.g. 20*members");
                }
                t = t.substring(star + 1).strip();
            }
            String metric = SHORT.getOrDefault(t, t);
            if (!columns.contains(metric)) {
                throw new OptimizeException("--objective " + text + ": '" + t + "' is not an outcome of this scenario's runs; "
                        + "choose from " + String.join(", ", columns) + " (or profit, incremental_profit, npv, incremental_npv)"
                        + (metric.startsWith("incremental") ? "; incremental outcomes need the baseline (outputs.baseline)" : ""));
            }
            terms.add(new Term(weight, metric));
        }
        return new Objective(text, terms);
    }

    /** The objective of one run from its reported values, in the order of {@code columns}. */
    public double of(double[] values, List<String> columns) {
        double sum = 0;
        for (Term t : terms) {
            sum += t.weight() * values[columns.indexOf(t.metric())];
        }
        return sum;
    }

    /** Whether the objective needs the baseline's run of the same replication. */
    public boolean incremental() {
        return terms.stream().anyMatch(t -> t.metric().startsWith("incremental_"));
    }
}
