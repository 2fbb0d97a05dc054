package dev.rapport.report.stats;

import dev.rapport.report.results.RunResults;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A strategy whose budget cut its plan, as its series say at the horizon: the median over
 * replications of the week its money ran out ({@code budget_used_up_week}, +∞ when fewer than half
 * ran out within the horizon), how many replications ran out, the mean share of the planned lever
 * money that could be spent ({@code plan_carried_out}) and the median number of discount windows
 * that did not run ({@code discount_windows_missed}).
 *
 * @param strategy           the strategy
 * @param week               median week the money ran out, or +∞
 * @param replicationsUsedUp replications whose budget cut the plan within the horizon
 * @param replications       replications read
 * @param carriedOut         mean share of the planned lever money that could be spent
 * @param windowsMissed      median number of discount windows that did not run
 */
public record PlanCut(String strategy, double week, int replicationsUsedUp, int replications, double carriedOut,
                      int windowsMissed) {

    /** The series names this reads. */
    public static final String USED_UP_WEEK = "budget_used_up_week";
    public static final String CARRIED_OUT = "plan_carried_out";
    public static final String WINDOWS_MISSED = "discount_windows_missed";

    /** @return the strategies whose budget cut their plan in some replication; none when the series lack the metrics */
    public static List<PlanCut> of(RunResults results) {
        if (!results.hasMetric(USED_UP_WEEK) || !results.hasMetric(CARRIED_OUT) || !results.hasMetric(WINDOWS_MISSED)) {
            return List.of();
        }
        int horizon = results.horizonTick();
        List<PlanCut> out = new ArrayList<>();
        for (String s : results.strategyNames()) {
            double[] used = results.values(s, USED_UP_WEEK).orElseThrow().atTick(horizon);
            double[] carried = results.values(s, CARRIED_OUT).orElseThrow().atTick(horizon);
            double[] missed = results.values(s, WINDOWS_MISSED).orElseThrow().atTick(horizon);
            int usedUp = 0;
            double[] weeks = new double[used.length];
            for (int r = 0; r < used.length; r++) {
                // 0: the budget has not cut the plan, so it runs out after the horizon, if ever.
                weeks[r] = used[r] > 0 ? used[r] : Double.POSITIVE_INFINITY;
                usedUp += used[r] > 0 ? 1 : 0;
            }
            if (usedUp == 0) {
                continue;
            }
            out.add(new PlanCut(s, median(weeks), usedUp, used.length, Arrays.stream(carried).average().orElse(1),
                    (int) median(missed)));
        }
        return out;
    }

    /** @return true when the median replication's budget ran out within the horizon */
    public boolean usedUp() {
        return week != Double.POSITIVE_INFINITY;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return BreakEven.nearestRank(sorted, 0.5);
    }
}
