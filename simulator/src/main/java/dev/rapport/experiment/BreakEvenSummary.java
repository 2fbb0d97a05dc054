package dev.rapport.experiment;

import dev.rapport.report.stats.BreakEven;

/**
 * When strategy {@code a}'s cumulative profit overtakes {@code b}'s for good, for the focal brand,
 * computed as the report computes it ({@link BreakEven}): median over paired replications of the
 * week after which a stays strictly ahead, with a percentile interval at the run's confidence
 * level. Weeks after the horizon are null. Only stated when {@code meaningful}: both strategies'
 * cumulative profit moves and a ends ahead on average.
 */
public record BreakEvenSummary(String a, String b, String brand, Double breakEvenWeek, Double ciLow, Double ciHigh,
                               int replicationsOvertaking, int n, boolean meaningful) {

    static BreakEvenSummary of(BreakEven be, String brand) {
        return new BreakEvenSummary(be.challenger(), be.incumbent(), brand, PaybackSummary.finite(be.week()),
                PaybackSummary.finite(be.ciLow()), PaybackSummary.finite(be.ciHigh()), be.replicationsOvertaking(),
                be.replications(), be.meaningful());
    }
}
