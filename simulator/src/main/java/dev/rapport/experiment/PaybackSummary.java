package dev.rapport.experiment;

import dev.rapport.report.stats.Payback;

/**
 * When a strategy pays back against the do-nothing baseline, for the focal brand: the median
 * over replications of the first week from which its cumulative incremental profit stays at or
 * above zero, with a nearest-rank percentile interval at the run's confidence level, and the share
 * of replications that pay back within the horizon. Weeks after the horizon are null: the strategy
 * does not pay back within it ({@code paybackWeek} null), or the interval reaches past it
 * ({@code ciHigh} null). The payback week is written {@code payback_week}.
 */
public record PaybackSummary(String strategy, String brand, Double paybackWeek, Double ciLow, Double ciHigh,
                             int replicationsPayingBack, int n, double share, double horizonWeek) {

    static PaybackSummary of(Payback p, String brand) {
        return new PaybackSummary(p.strategy(), brand, finite(p.week()), finite(p.ciLow()), finite(p.ciHigh()),
                p.replicationsPayingBack(), p.replications(), p.share(), p.horizonWeek());
    }

    /** Whether the median replication pays back within the horizon. */
    public boolean paysBack() {
        return paybackWeek != null;
    }

    static Double finite(double week) {
        return Double.isInfinite(week) ? null : week;
    }
}
