package dev.rapport.model;

/**
 * What of a brand's plan its budget let it carry out, cumulative from week 0: the lever money the
 * plan asked for and what the budget refused, when the budget first cut the plan, and the discount
 * weeks and windows that did not run. {@link PlanStep} tells it what each tick planned and got;
 * observation reads it. It changes nothing the model does.
 */
final class PlanRecord {
    private final boolean[] lineMissed;
    private long plannedCents;
    private long refusedCents;
    /** The last tick that began with unreserved money: the tick the money ran out in, once a cut comes. */
    private int lastFundedTick;
    private int usedUpTick = -1;
    private int missedDiscountTicks;
    private int missedWindows;

    /** @param lines the plan's line count */
    PlanRecord(int lines) {
        this.lineMissed = new boolean[lines];
    }

    /** A tick's planning begins; {@code moneyLeft} is whether the budget had unreserved money then. */
    void tickStarts(int tick, boolean moneyLeft) {
        if (moneyLeft) {
            lastFundedTick = tick;
        }
    }

    /** A money lever wanted {@code wantCents} this tick and the budget refused {@code refusedCents} of it. */
    void lever(int tick, long wantCents, long refusedCents) {
        plannedCents += wantCents;
        this.refusedCents += refusedCents;
        if (refusedCents > 0) {
            cut(tick);
        }
    }

    /** Discount line {@code line} was planned this tick; {@code ran} is whether the budget let it run. */
    void discount(int tick, int line, boolean ran) {
        if (ran) {
            return;
        }
        if (!lineMissed[line]) {
            lineMissed[line] = true;
            missedWindows++;
        }
        cut(tick);
    }

    /** A discount was planned this tick but did not run (once per tick, however many lines overlap). */
    void discountTickMissed() {
        missedDiscountTicks++;
    }

    private void cut(int tick) {
        if (usedUpTick < 0) {
            // A tick that began with some money left ran out of it itself; one that began with none
            // follows the tick that used the last of it. Never before the first tick, as the plan
            // warning counts.
            usedUpTick = Math.max(1, Math.min(tick, lastFundedTick));
        }
    }

    /** Share of the planned lever money the budget granted; 1 while nothing was planned. */
    double carriedOut() {
        return plannedCents == 0 ? 1 : (double) (plannedCents - refusedCents) / plannedCents;
    }

    /** The week the budget ran out in, as a whole week (the plan warning's count), or 0 while it has not cut the plan. */
    double usedUpWeek(double dt) {
        return usedUpTick < 0 ? 0 : Math.ceil(usedUpTick * dt - 1e-9);
    }

    double missedDiscountWeeks(double dt) {
        return missedDiscountTicks * dt;
    }

    int missedWindows() {
        return missedWindows;
    }
}
