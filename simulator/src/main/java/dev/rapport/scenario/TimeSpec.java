package dev.rapport.scenario;

import dev.rapport.scenario.bind.Default;
import dev.rapport.scenario.bind.Doc;
import dev.rapport.scenario.bind.Range;

/** Simulated time: how far the run goes and how much time one tick covers. */
@Doc("Horizon and tick length.")
public record TimeSpec(
        @Default("156") @Range(min = 0.01, max = 5200) @Doc("How long to simulate, in weeks (156 = three years): a whole number of ticks, "
                + "at most 100000 of them.") double horizonWeeks,
        @Default("week") @Doc("Tick length. Rates are per week whatever the tick, so halving it should not change results beyond noise.") TickLength tick) {

    /** Most ticks a run may take: a 1,000-consumer market runs 100,000 ticks in well under a minute. */
    public static final int MAX_TICKS = 100_000;
}
