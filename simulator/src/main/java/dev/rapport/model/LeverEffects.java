package dev.rapport.model;

/**
 * What a brand's plan bought this tick (advertising pressure, discount depth, coverages, rates),
 * set by {@link PlanStep} and read by the consumers' processes, with what the levers learn from.
 */
final class LeverEffects {
    double adstock;
    /** The adstock averaged over the current tick: the pressure consumers feel (shouting, effect). */
    double tickPressure;
    double adEffect;
    double discountDepth;
    /** Share of the tribe's hosting this tick's community allowance pays for. */
    double hostingCoverage;
    /** Whether the plan funds the community this tick: only then are new members welcomed. */
    boolean welcoming;
    /** Members who joined in the last tick (agents): what the next tick keeps money back to welcome. */
    long tickJoins;
    /** Introductions hosting has paid for but not yet made (the fraction a short tick leaves). */
    double introductionCredit;
    double programmeCoverage;
    double deliveryRate;
    double listeningShare;
    /**
     * Probability that listening answers a criticism this tick: the plan's share, scaled down to
     * what the allowance affords of the criticisms expected (see {@link PlanStep}).
     */
    double answerProbability;
    /** Criticisms per active customer per week, smoothed over about a month: what listening plans for. */
    double criticismRate = Double.NaN;
    /** Criticisms raised this tick (listening learns its rate from them). */
    long tickCriticisms;

    /**
     * The whole introductions paid for, to be made now; the fraction waits for the next tick.
     * Introductions not made now (too small a tribe) are not saved up.
     */
    long introductionsDue() {
        long due = (long) introductionCredit;
        introductionCredit -= Math.floor(introductionCredit);
        return due;
    }
}
