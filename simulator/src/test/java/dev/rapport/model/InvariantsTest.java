package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.scenario.LoadedScenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invariants that must hold at every recorded tick of a run with every lever and an event. */
class InvariantsTest {
    private static final String ALL_LEVERS = Harness.BASE.replace("""
              - name: s
                plan: []
            """, """
              - name: s
                budget: 30000
                plan:
                  - {lever: advertising, weeks: 1-20, per_week: 300}
                  - {lever: discount, weeks: 5-12, depth: 0.2}
                  - {lever: paid_reach, weeks: 1-10, per_week: 100}
                  - {lever: value_delivery, weeks: all, per_week: 150}
                  - {lever: community, weeks: all, per_week: 100}
                  - {lever: advocate_programme, weeks: 10-end, per_week: 80}
                  - {lever: listening, weeks: all, per_week: 60, share: 0.8}
            events:
              - {type: crisis, brand: acme, week: 30, severity: 3, share_affected: 0.3, response: defensive}
            """);

    @Test
    void stageCountsSumToThePopulationAtEveryTick() {
        LoadedScenario loaded = Harness.load(ALL_LEVERS);
        for (Harness.Row row : Harness.run(loaded, 0)) {
            double sum = 0;
            for (Stage s : Stage.values()) {
                sum += row.get(Metric.countOf(s));
            }
            assertEquals(1500, sum, 0, "stage counts at tick " + row.tick());
        }
    }

    @Test
    void trustStaysWithinZeroAndOneForEveryConsumer() {
        LoadedScenario loaded = Harness.load(ALL_LEVERS);
        MarketModel model = new MarketModel(new RunSpec(loaded.scenario(), loaded.edges(),
                loaded.scenario().strategies().get(0), 0), (t, w, b, v) -> {
            double trust = v[Metric.TRUST.ordinal()];
            assertTrue(trust >= 0 && trust <= 1, "mean trust " + trust);
        });
        model.runToHorizon();
        for (int i = 0; i < model.size(); i++) {
            double t = model.trust(i, 0);
            assertTrue(t >= 0 && t <= 1, "trust of consumer " + i + " is " + t);
        }
    }

    @Test
    void spendNeverExceedsTheBudget() {
        LoadedScenario loaded = Harness.load(ALL_LEVERS, "strategies[0].budget=8000");
        List<Harness.Row> rows = Harness.run(loaded, 0);
        double last = 0;
        for (Harness.Row row : rows) {
            double spend = row.get(Metric.CUMULATIVE_SPEND);
            assertTrue(spend <= 8000 + 1e-9, "cumulative spend " + spend + " at tick " + row.tick());
            assertTrue(spend >= last, "cumulative spend never falls");
            last = spend;
        }
        assertTrue(last > 7000, "the budget binds in this scenario, so nearly all of it is spent: " + last);
    }

    @Test
    void leverSpendStaysOnPlanWhateverTheDemand() {
        // Invest levers only (no discounts or crisis responses, which the plan does not price),
        // with far more customers than the delivery allowance serves and far more criticisms (a
        // poor product) than listening answers: deliveries may borrow from the next tick's
        // allowance, so spend may run ahead of the plan by one tick's value-delivery want at
        // most, never more.
        LoadedScenario loaded = Harness.load(Harness.BASE.replace("""
                  - name: s
                    plan: []
                """, """
                  - name: s
                    budget: 1000000
                    plan:
                      - {lever: value_delivery, weeks: all, per_week: 20}
                      - {lever: community, weeks: all, per_week: 100}
                      - {lever: advocate_programme, weeks: all, per_week: 80}
                      - {lever: listening, weeks: all, per_week: 10, share: 1}
                """), "brands[0].quality=0.5");
        double maxAhead = Double.NEGATIVE_INFINITY;
        for (Harness.Row row : Harness.run(loaded, 0)) {
            double plan = 210 * row.week();
            double spend = row.get(Metric.CUMULATIVE_SPEND);
            maxAhead = Math.max(maxAhead, spend - plan);
            assertTrue(spend <= plan + 20 + 0.01, "cumulative spend " + spend + " against the plan's " + plan
                    + " at week " + row.week());
        }
        assertTrue(maxAhead > -210, "the levers spend close to plan (furthest ahead: " + maxAhead + ")");
    }

    @Test
    void profitIsRevenueMinusCostsToTheCent() {
        LoadedScenario loaded = Harness.load(ALL_LEVERS);
        long cumulative = 0;
        for (Harness.Row row : Harness.run(loaded, 0)) {
            long revenue = cents(row.get(Metric.REVENUE));
            long cogs = cents(row.get(Metric.COGS));
            long levers = cents(row.get(Metric.LEVER_COST));
            long profit = cents(row.get(Metric.PROFIT));
            assertEquals(revenue - cogs - levers, profit, "profit at tick " + row.tick());
            cumulative += profit;
            assertEquals(cumulative, cents(row.get(Metric.CUMULATIVE_PROFIT)), "cumulative profit at tick " + row.tick());
        }
    }

    @Test
    void noMetricIsEverNanOrInfinite() {
        for (Harness.Row row : Harness.run(Harness.load(ALL_LEVERS), 0)) {
            for (Metric m : Metric.values()) {
                assertTrue(Double.isFinite(row.get(m)), m + " at tick " + row.tick() + " is " + row.get(m));
            }
        }
    }

    private static long cents(double money) {
        return Math.round(money * 100);
    }
}
