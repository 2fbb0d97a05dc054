package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.scenario.BrandSpec;

/**
 * Checks a recorded row against the model it was measured in, by routes other than the
 * observer's: stage counts and mean trust recounted from the consumers' arrays, and money
 * followed from the budget through the books to the outputs. Used from a {@link Harness.Inspection},
 * so the model is in the state the row was measured in.
 *
 * <p>One instance follows one run: it keeps the running sums of the per-interval money metrics,
 * which must add up to the cumulative ones and to what the budget says it paid.
 */
final class Recount {
    private final long[] spend;
    private final long[] profit;
    private long purchases;
    private long discounts;
    private long leverSpend;

    Recount(int brands) {
        spend = new long[brands];
        profit = new long[brands];
    }

    /** Both checks below, for a row of the run this recount follows. */
    void check(MarketModel m, Harness.Row row) {
        consumers(m, row);
        money(m, row);
    }

    /**
     * The stage counts, awareness and mean trust of the row's brand, recounted consumer by consumer
     * from the stage and evidence arrays; every consumer's evidence is finite and non-negative,
     * which is what keeps trust (r + 1) / (r + s + 2) within [0, 1].
     */
    static void consumers(MarketModel m, Harness.Row row) {
        Consumers c = m.consumers;
        int k = m.brandCount;
        int b = row.brand();
        long[] count = new long[Stage.values().length];
        long aware = 0;
        double trust = 0;
        for (int i = 0; i < c.size; i++) {
            int p = i * k + b;
            Stage stage = Stage.of(c.stage[p]);
            count[stage.ordinal()]++;
            double r = c.positive[p];
            double s = c.negative[p];
            assertTrue(r >= 0 && s >= 0 && Double.isFinite(r + s),
                    "evidence of consumer " + i + " about brand " + b + ": " + r + " good, " + s + " bad, " + at(row));
            if (stage != Stage.UNAWARE) {
                aware++;
                trust += (r + 1) / (r + s + 2);
            }
        }
        double people = m.units.peoplePerAgent();
        for (Stage stage : Stage.values()) {
            assertEquals(count[stage.ordinal()] * people, row.get(Metric.countOf(stage)), 1e-9 * c.size * people,
                    stage + " recounted, " + at(row));
        }
        assertEquals((double) aware / c.size, row.get(Metric.AWARENESS), 1e-12, "awareness recounted, " + at(row));
        assertEquals(aware == 0 ? 0.5 : trust / aware, row.get(Metric.TRUST), 1e-9, "mean trust recounted, " + at(row));
    }

    /**
     * Money, to the cent: what the budget says it paid equals cumulative spend and the sum of the
     * recorded lever and discount costs; net revenue plus discounts given is the list price of the
     * purchases that the cost of goods counts; profit is that list revenue less discounts, cost of
     * goods and lever costs; and cumulative profit is the sum of the recorded profits.
     */
    void money(MarketModel m, Harness.Row row) {
        int b = row.brand();
        long revenue = cents(row.get(Metric.REVENUE));
        long cogs = cents(row.get(Metric.COGS));
        long levers = cents(row.get(Metric.LEVER_COST));
        long discount = cents(row.get(Metric.DISCOUNT_COST));
        Budget budget = m.brands[b].budget;
        spend[b] += levers + discount;
        assertEquals(budget.spent(), cents(row.get(Metric.CUMULATIVE_SPEND)), "cumulative spend is what the budget paid, " + at(row));
        assertEquals(budget.spent(), spend[b], "the recorded lever and discount costs add up to what the budget paid, " + at(row));
        assertTrue(budget.spent() <= budget.total(), "the budget paid " + budget.spent() + " of " + budget.total() + ", " + at(row));

        BrandSpec spec = m.scenario.brands().get(b);
        double people = m.units.peoplePerAgent();
        long list = Budget.cents(spec.price() * people);
        long unitCost = Budget.cents(spec.price() * (1 - spec.margin()) * people);
        long listRevenue = revenue + discount;
        if (unitCost > 0) {
            assertEquals(0, cogs % unitCost, "cost of goods is whole purchases, " + at(row));
            long bought = cogs / unitCost;
            assertEquals(bought * list, listRevenue, "net revenue plus discounts is list price times " + bought
                    + " purchases, " + at(row));
            purchases += bought;
        }
        long recorded = cents(row.get(Metric.PROFIT));
        assertEquals(listRevenue - discount - cogs - levers, recorded,
                "profit = list revenue - discounts - cost of goods - lever costs, " + at(row));
        profit[b] += recorded;
        assertEquals(profit[b], cents(row.get(Metric.CUMULATIVE_PROFIT)), "cumulative profit is the sum of profits, " + at(row));
        discounts += discount;
        leverSpend += levers;
    }

    /** Purchases, discounts and lever spend seen so far over all brands: for tests that the checks ran on something. */
    long purchases() {
        return purchases;
    }

    long discounts() {
        return discounts;
    }

    long leverSpend() {
        return leverSpend;
    }

    private static String at(Harness.Row row) {
        return "brand " + row.brand() + " at tick " + row.tick();
    }

    private static long cents(double money) {
        return Math.round(money * 100);
    }
}
