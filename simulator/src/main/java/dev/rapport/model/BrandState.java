package dev.rapport.model;

import dev.rapport.scenario.BrandSpec;
import dev.rapport.scenario.LeverSpec;
import dev.rapport.scenario.TimeSpec;
import java.util.List;

/**
 * A brand during a run: its product, the plan it plays and its budget, holding its books
 * ({@link Ledger}), what this tick's levers bought ({@link LeverEffects}) and any crisis in progress
 * ({@link CrisisState}). Money is kept in cents.
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

    /** What this tick's plan bought. */
    final LeverEffects levers = new LeverEffects();
    /** The books, in cents. */
    final Ledger ledger = new Ledger();
    final CrisisState crisis = new CrisisState();

    // Counts at the start of the tick (levers size their reach by them).
    int activeAtStart;
    int membersAtStart;
    int advocatesAtStart;

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
        return price * (1 - levers.discountDepth);
    }
}
