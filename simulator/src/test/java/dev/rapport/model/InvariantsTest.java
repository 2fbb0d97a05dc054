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

    /**
     * What the observer recorded is what the consumers' arrays hold: stage counts, awareness and
     * mean trust recounted consumer by consumer at every recorded tick (the counts summing to the
     * population and the mean trust lying in [0, 1] would hold by construction, so they prove
     * nothing), with every consumer's evidence finite and non-negative throughout.
     */
    @Test
    void recordedStagesAndTrustMatchARecountOfTheConsumers() {
        LoadedScenario loaded = Harness.load(ALL_LEVERS);
        int[] checked = new int[1];
        List<Harness.Row> rows = Harness.run(loaded, 0, (model, row) -> {
            Recount.consumers(model, row);
            checked[0]++;
        });
        assertEquals(53, rows.size(), "tick 0 and 52 weeks recorded");
        assertEquals(rows.size(), checked[0], "every recorded row recounted");
        assertTrue(rows.get(rows.size() - 1).get(Metric.ADVOCATES) > 0 && rows.get(rows.size() - 1).get(Metric.LAPSED) > 0,
                "the run reaches the later stages, so the recount covers them");
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

    /**
     * Money is conserved between the budget, the books and the outputs, to the cent at every
     * recorded tick (see {@link Recount#money}): weekly ticks with a crisis response paid from the
     * budget, and daily ticks recorded every four weeks with a budget that runs out, so that each
     * recorded interval sums many ticks' books.
     */
    @Test
    void moneyIsConservedBetweenBudgetBooksAndOutputs() {
        conserved(Harness.load(ALL_LEVERS, "events[0].response_cost=2000"));
        List<Harness.Row> daily = conserved(Harness.load(ALL_LEVERS, "strategies[0].budget=8000", "time.tick=day",
                "outputs.every_weeks=4"));
        assertTrue(daily.get(daily.size() - 1).get(Metric.CUMULATIVE_SPEND) > 7000, "the budget binds");
    }

    private static List<Harness.Row> conserved(LoadedScenario loaded) {
        Recount recount = new Recount(loaded.scenario().brands().size());
        List<Harness.Row> rows = Harness.run(loaded, 0, recount::money);
        assertTrue(rows.size() > 10, "several recorded ticks: " + rows.size());
        assertTrue(recount.purchases() > 0 && recount.discounts() > 0 && recount.leverSpend() > 0,
                "the run bought, discounted and spent on levers, so the checks had money to follow");
        return rows;
    }

    @Test
    void noMetricIsEverNanOrInfinite() {
        for (Harness.Row row : Harness.run(Harness.load(ALL_LEVERS), 0)) {
            for (Metric m : Metric.values()) {
                assertTrue(Double.isFinite(row.get(m)), m + " at tick " + row.tick() + " is " + row.get(m));
            }
        }
    }
}
