package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A budget share spends exactly its share of the budget over its weeks, to the cent, whatever the
 * tick, when the budget does not bind; and a per-week amount that is no whole number of cents per
 * tick does not drift either.
 */
class BudgetShareTest {
    private static final String PLAN = Harness.BASE.replace("""
              - name: s
                plan: []
            """, """
              - name: s
                budget: 10000
                plan:
                  - {lever: advertising, weeks: 1-26, budget_share: 0.3}
            """);

    private static double cumulativeSpend(String yaml, String tick) {
        return Harness.metricAt(Harness.load(yaml, "time.tick=" + tick, "outputs.every_weeks=" + (tick.equals("2") ? 2 : 1)),
                Metric.CUMULATIVE_SPEND, 52, 1)[0];
    }

    @ParameterizedTest(name = "tick {0}")
    @ValueSource(strings = {"week", "day", "2"})
    void aBudgetShareSpendsShareTimesBudgetToTheCent(String tick) {
        // 3000 over 26 weeks is 115.3846... a week: rounding each tick to the cent would drift.
        assertEquals(3000.00, cumulativeSpend(PLAN, tick), 1e-9);
    }

    @ParameterizedTest(name = "tick {0}")
    @ValueSource(strings = {"week", "day"})
    void aPerWeekAmountSpendsItsWeeksTimesItsRateToTheCent(String tick) {
        String perWeek = PLAN.replace("budget_share: 0.3", "per_week: 100.01").replace("weeks: 1-26", "weeks: 1-52");
        // 100.01 a week is 14.287142... a day: 52 weeks of it is 5200.52 exactly.
        assertEquals(5200.52, cumulativeSpend(perWeek, tick), 1e-9);
    }
}
