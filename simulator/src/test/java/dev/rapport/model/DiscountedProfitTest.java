package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Metric#DISCOUNTED_PROFIT} is the present value at week 0 of the profit so far: each
 * tick's {@link Metric#PROFIT} times exp(-rate * week), the week the tick ends, summed. At rate 0
 * it is {@link Metric#CUMULATIVE_PROFIT}; at a positive rate it is what the recorded weekly
 * profits give when discounted by hand, and below the undiscounted sum while profits are positive;
 * and it does not depend on how often the series is recorded.
 */
class DiscountedProfitTest {
    /** A plan that spends, so that some ticks lose money and profit changes sign. */
    private static final String SPENDING = Harness.BASE.replace("""
              - name: s
                plan: []
            """, """
              - name: s
                budget: 100000
                plan:
                  - {lever: advertising, weeks: 1-10, per_week: 900}
                  - {lever: value_delivery, weeks: all, per_week: 200}
                  - {lever: community, weeks: 5-30, per_week: 150}
            """);
    private static final double RATE = 0.01;

    @Test
    void atRateZeroDiscountedProfitIsCumulativeProfitAtEveryTick() {
        List<Harness.Row> rows = Harness.run(Harness.load(SPENDING, "market.discount_rate_per_week=0"), 0);
        assertEquals(53, rows.size(), "every week of 52 and week 0");
        for (Harness.Row row : rows) {
            assertEquals(row.get(Metric.CUMULATIVE_PROFIT), row.get(Metric.DISCOUNTED_PROFIT), 1e-6, "week " + row.week());
        }
        assertTrue(rows.stream().anyMatch(r -> r.get(Metric.PROFIT) < 0), "some weeks lose money");
        assertTrue(rows.stream().anyMatch(r -> r.get(Metric.PROFIT) > 0), "some weeks make money");
    }

    @Test
    void atAPositiveRateItIsTheRecordedProfitsDiscountedFromTheEndOfEachTick() {
        List<Harness.Row> rows = Harness.run(Harness.load(SPENDING, "market.discount_rate_per_week=" + RATE), 0);
        double byHand = 0;
        double fromTickStart = 0;
        double scale = 0;
        for (Harness.Row row : rows) {
            double term = row.get(Metric.PROFIT) * Math.exp(-RATE * row.week());
            byHand += term;
            fromTickStart += row.tick() == 0 ? 0 : row.get(Metric.PROFIT) * Math.exp(-RATE * (row.week() - 1));
            scale += Math.abs(term);
            assertEquals(byHand, row.get(Metric.DISCOUNTED_PROFIT), 1e-9 * scale + 1e-9, "week " + row.week());
        }
        Harness.Row horizon = rows.get(rows.size() - 1);
        assertEquals(52, horizon.week(), 1e-12);
        double tolerance = 1e-6 * Math.abs(byHand);
        assertEquals(byHand, horizon.get(Metric.DISCOUNTED_PROFIT), tolerance, "at the horizon");
        // Discounting from the tick's start would be a different answer, far outside the tolerance.
        assertTrue(Math.abs(fromTickStart - horizon.get(Metric.DISCOUNTED_PROFIT)) > 1000 * tolerance,
                "the test tells the two conventions apart: " + fromTickStart + " vs " + byHand);
    }

    @Test
    void whileProfitsArePositiveTheDiscountedSumIsBelowTheUndiscountedOne() {
        List<Harness.Row> rows = Harness.run(Harness.load(Harness.BASE, "market.discount_rate_per_week=" + RATE), 0);
        for (Harness.Row row : rows) {
            assertTrue(row.get(Metric.PROFIT) >= 0, "no spend, no loss: week " + row.week());
        }
        Harness.Row horizon = rows.get(rows.size() - 1);
        double cumulative = horizon.get(Metric.CUMULATIVE_PROFIT);
        double discounted = horizon.get(Metric.DISCOUNTED_PROFIT);
        assertTrue(cumulative > 0, "customers buy");
        assertTrue(discounted < cumulative, discounted + " < " + cumulative);
        // Every week is discounted by at most the horizon's factor.
        assertTrue(discounted >= cumulative * Math.exp(-RATE * 52), discounted + " >= " + cumulative * Math.exp(-RATE * 52));
    }

    @Test
    void recordingLessOftenDoesNotChangeIt() {
        Map<Integer, Double> weekly = new HashMap<>();
        for (Harness.Row row : Harness.run(Harness.load(SPENDING, "market.discount_rate_per_week=" + RATE), 0)) {
            weekly.put(row.tick(), row.get(Metric.DISCOUNTED_PROFIT));
        }
        List<Harness.Row> sparse = Harness.run(Harness.load(SPENDING, "market.discount_rate_per_week=" + RATE,
                "outputs.every_weeks=4"), 0);
        assertEquals(14, sparse.size(), "weeks 0, 4, ..., 52");
        for (Harness.Row row : sparse) {
            // Each record's profit covers four ticks, each discounted from its own end: the same sum, to the bit.
            assertEquals(weekly.get(row.tick()), row.get(Metric.DISCOUNTED_PROFIT), "week " + row.week());
        }
    }
}
