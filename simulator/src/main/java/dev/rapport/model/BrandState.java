package dev.rapport.model;

import dev.rapport.scenario.BrandSpec;
import dev.rapport.scenario.EventSpec;
import dev.rapport.scenario.LeverSpec;
import dev.rapport.scenario.TimeSpec;
import java.util.List;

/**
 * A brand during a run: its product, the plan it plays, its budget and books, and what this tick's
 * levers bought (advertising pressure, discount depth, programme coverage). Money is kept in cents.
 */
final class BrandState {
    final int index;
    final String name;
    final double price;
    /** What one agent's purchase pays at list price (every person the agent stands for buys one). */
    final long priceCents;
    /** What one agent's purchase costs to make. */
    final long unitCostCents;
    final List<LeverSpec> plan;
    /** Money per week of each line of the plan (0 for discounts), budget shares resolved. */
    final double[] weeklySpend;
    /** Money the plan has asked of each lever so far, exactly and in whole cents (see {@link PlanStep}). */
    final double[] plannedMoney = new double[Lever.COUNT];
    final long[] plannedCents = new long[Lever.COUNT];
    final Budget budget;
    /** What of the plan the budget let the brand carry out, for observation. */
    final PlanRecord planRecord;
    double quality;

    // What this tick's plan bought.
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
    double negativeVoiceMultiplier = 1.0;

    // Counts at the start of the tick (levers size their reach by them).
    int activeAtStart;
    int membersAtStart;
    int advocatesAtStart;

    // Books for the current recording interval and cumulatively, in cents.
    long revenue;
    /** Purchases booked in the current recording interval, in agents. */
    long purchases;
    long cogs;
    long leverCost;
    long discountCost;
    long tickRevenue;
    long tickCogs;
    long tickDiscount;
    long tickResponseCost;
    long cumulativeProfit;
    long cumulativeSpend;
    final long[] acquired = new long[Channel.values().length];
    long cumulativeAcquired;
    long cumulativeReferred;
    long referredInInterval;
    double activeWeeksInInterval;
    int maxReferralDepth;
    long everAcquired;

    // Crisis in progress.
    EventSpec.Crisis crisis;
    boolean crisisResponded;

    BrandState(int index, BrandSpec spec, List<LeverSpec> plan, Double budget, TimeSpec time, double peoplePerAgent) {
        this.index = index;
        this.name = spec.name();
        this.price = spec.price();
        this.priceCents = Budget.cents(spec.price() * peoplePerAgent);
        this.unitCostCents = Budget.cents(spec.price() * (1 - spec.margin()) * peoplePerAgent);
        this.quality = spec.quality();
        this.plan = plan;
        this.weeklySpend = plan.stream()
                .mapToDouble(l -> l instanceof LeverSpec.Money money ? money.weeklySpend(budget, time) : 0).toArray();
        this.budget = new Budget(budget == null ? Budget.UNLIMITED : Budget.cents(budget));
        this.planRecord = new PlanRecord(plan.size());
    }

    /** The price a customer pays now, before checking that the discount budget still holds. */
    double effectivePrice() {
        return price * (1 - discountDepth);
    }

    /** Purchases booked in the current recording interval, in agents. */
    long purchasesInInterval() {
        return purchases;
    }

    void clearInterval() {
        revenue = 0;
        purchases = 0;
        cogs = 0;
        leverCost = 0;
        discountCost = 0;
        java.util.Arrays.fill(acquired, 0);
        referredInInterval = 0;
        activeWeeksInInterval = 0;
    }
}
