package dev.rapport.experiment;

import java.util.Arrays;

/**
 * What of a strategy's plan its budget let it carry out by the horizon, for the focal brand: the
 * median over replications of the week its money ran out (null when it ran out within the horizon
 * in fewer than half of them), how many replications ran out, the mean share of the planned lever
 * money the budget granted, and the median number of its discount windows that did not run.
 *
 * @param budgetUsedUpWeek    median week the budget ran out, null when not within the horizon
 * @param replicationsUsedUp  replications whose budget cut the plan within the horizon
 * @param share               replicationsUsedUp / n
 * @param planCarriedOut      mean share of the planned lever money the budget granted
 * @param discountWindowsMissed median number of discount windows with a planned week that did not run
 * @param discountWindows     the plan's discount windows
 */
public record PlanSummary(String strategy, String brand, Double budgetUsedUpWeek, int replicationsUsedUp, int n,
                          double share, double planCarriedOut, int discountWindowsMissed, int discountWindows) {

    /**
     * @param usedUpWeeks   each replication's {@code budget_used_up_week} at the horizon (0: not used up)
     * @param carriedOut    each replication's {@code plan_carried_out} at the horizon
     * @param windowsMissed each replication's {@code discount_windows_missed} at the horizon
     */
    static PlanSummary of(String strategy, String brand, double[] usedUpWeeks, double[] carriedOut,
                          double[] windowsMissed, int discountWindows) {
        double[] weeks = new double[usedUpWeeks.length];
        int usedUp = 0;
        for (int r = 0; r < weeks.length; r++) {
            // A budget never used up runs out after the horizon, so the median counts it as late.
            weeks[r] = usedUpWeeks[r] > 0 ? usedUpWeeks[r] : Double.POSITIVE_INFINITY;
            usedUp += usedUpWeeks[r] > 0 ? 1 : 0;
        }
        double mean = 0;
        for (double c : carriedOut) {
            mean += c / carriedOut.length;
        }
        int n = usedUpWeeks.length;
        return new PlanSummary(strategy, brand, PaybackSummary.finite(median(weeks)), usedUp, n,
                n == 0 ? 0 : (double) usedUp / n, mean, (int) median(windowsMissed), discountWindows);
    }

    /** The nearest-rank median, as payback and break-even weeks take it; 0 of nothing. */
    private static double median(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(1, (int) Math.ceil(0.5 * sorted.length)) - 1];
    }

    /** Whether the budget cut the plan in any replication, or a discount window did not run in most. */
    public boolean cut() {
        return replicationsUsedUp > 0 || discountWindowsMissed > 0;
    }
}
