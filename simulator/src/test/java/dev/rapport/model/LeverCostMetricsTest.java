package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lever cost of a tick split by lever ({@code advertising_cost} ... {@code listening_cost})
 * and crisis responses ({@code response_cost}) sums to {@code lever_cost} in every row, and each
 * lever's share lands in its own column: a lever that is not in the plan spends nothing, and one
 * that runs for some weeks spends only in those weeks.
 */
class LeverCostMetricsTest {
    private static final List<Metric> PARTS = List.of(Metric.ADVERTISING_COST, Metric.PAID_REACH_COST,
            Metric.VALUE_DELIVERY_COST, Metric.COMMUNITY_COST, Metric.ADVOCATE_PROGRAMME_COST, Metric.LISTENING_COST,
            Metric.RESPONSE_COST);

    @Test
    void leverCostsSumToLeverCostAndStayInTheirColumns() {
        String yaml = Harness.BASE.replace("""
                  - name: s
                    plan: []
                """, """
                  - name: s
                    budget: 100000
                    plan:
                      - {lever: advertising, weeks: 1-10, per_week: 300}
                      - {lever: value_delivery, weeks: all, per_week: 200}
                      - {lever: community, weeks: 5-30, per_week: 150}
                      - {lever: listening, weeks: all, per_week: 50, share: 1}
                """) + """
                events:
                  - {type: crisis, brand: acme, week: 20, severity: 2, share_affected: 0.3, response_delay_weeks: 1,
                     buzz_weeks: 4, response: honest, response_cost: 777}
                """;
        List<Harness.Row> rows = Harness.run(Harness.load(yaml), 0);
        double advertising = 0;
        double response = 0;
        for (Harness.Row row : rows) {
            double sum = 0;
            for (Metric m : PARTS) {
                sum += row.get(m);
            }
            assertEquals(row.get(Metric.LEVER_COST), sum, 1e-6, "week " + row.week());
            assertEquals(0, row.get(Metric.PAID_REACH_COST), "paid reach is not in the plan, week " + row.week());
            assertEquals(0, row.get(Metric.ADVOCATE_PROGRAMME_COST), "no advocate programme, week " + row.week());
            if (row.week() > 10) {
                assertEquals(0, row.get(Metric.ADVERTISING_COST), "advertising stops after week 10, week " + row.week());
            }
            if (row.week() > 30 || row.week() < 5) {
                // Nor money the community set aside for a welcome: a line that has ended spends nothing more.
                assertEquals(0, row.get(Metric.COMMUNITY_COST), "community runs in weeks 5-30 only, week " + row.week());
            }
            if (row.week() >= 1 && row.week() <= 10) {
                assertEquals(300, row.get(Metric.ADVERTISING_COST), 1e-6, "advertising spends its plan, week " + row.week());
            }
            advertising += row.get(Metric.ADVERTISING_COST);
            response += row.get(Metric.RESPONSE_COST);
        }
        assertEquals(3000, advertising, 1e-6, "ten weeks of 300");
        assertEquals(777, response, 1e-6, "the crisis response is paid once");
        assertTrue(rows.stream().anyMatch(r -> r.get(Metric.VALUE_DELIVERY_COST) > 0), "value delivery spends");
    }
}
