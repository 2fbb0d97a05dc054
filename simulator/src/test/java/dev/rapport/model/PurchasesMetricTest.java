package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Metric#PURCHASES} counts units sold: without a discount every unit pays the list price,
 * so revenue is purchases times the price, tick by tick; with one, units are counted whatever was
 * paid, so revenue falls short of purchases at list price by exactly the discounts given.
 */
class PurchasesMetricTest {
    @Test
    void purchasesTimesListPriceIsRevenuePlusDiscounts() {
        String discounted = Harness.BASE.replace("""
                  - name: s
                    plan: []
                """, """
                  - name: s
                    plan:
                      - {lever: discount, weeks: 3-6, depth: 0.2}
                """);
        List<Harness.Row> rows = Harness.run(Harness.load(discounted, "market.size=3000"), 0);
        double sold = 0;
        for (Harness.Row row : rows) {
            double units = row.get(Metric.PURCHASES);
            assertEquals(units * 40, row.get(Metric.REVENUE) + row.get(Metric.DISCOUNT_COST), 1e-6,
                    "week " + row.week());
            sold += units;
        }
        assertTrue(sold > 0, "customers buy");
        assertTrue(rows.stream().anyMatch(r -> r.get(Metric.DISCOUNT_COST) > 0), "the discount ran");
    }
}
