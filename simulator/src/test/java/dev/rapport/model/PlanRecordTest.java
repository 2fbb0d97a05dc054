package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each run records what of the plan its budget let it carry out: the week the money ran out, the
 * share of the planned lever money granted and the discount weeks and windows that did not run.
 */
class PlanRecordTest {
    private static String plan(String budget, String lines) {
        return Harness.BASE.replace("""
                  - name: s
                    plan: []
                """, """
                  - name: s
                """ + (budget == null ? "" : "    budget: " + budget + "\n") + "    plan:\n" + lines);
    }

    private static List<Harness.Row> rows(String yaml, String... overrides) {
        return Harness.run(Harness.load(yaml, overrides), 0).stream().filter(r -> r.brand() == 0).toList();
    }

    private static Harness.Row at(List<Harness.Row> rows, double week) {
        return rows.stream().filter(r -> Math.abs(r.week() - week) < 1e-9).findFirst().orElseThrow();
    }

    @Test
    void advertisingOf100AWeekUsesUpABudgetOf1000InWeek10() {
        List<Harness.Row> rows = rows(plan("1000", "      - {lever: advertising, weeks: 1-end, per_week: 100}\n"),
                "time.horizon_weeks=16");
        for (double week = 0; week <= 10; week++) {
            assertEquals(1.0, at(rows, week).get(Metric.PLAN_CARRIED_OUT), "week " + week);
            assertEquals(0.0, at(rows, week).get(Metric.BUDGET_USED_UP_WEEK), "week " + week);
        }
        assertEquals(10.0, at(rows, 11).get(Metric.BUDGET_USED_UP_WEEK));
        assertEquals(1000.0 / 1100, at(rows, 11).get(Metric.PLAN_CARRIED_OUT), 1e-12);
        assertEquals(10.0, at(rows, 16).get(Metric.BUDGET_USED_UP_WEEK));
        assertEquals(1000.0 / 1600, at(rows, 16).get(Metric.PLAN_CARRIED_OUT), 1e-12);
        assertEquals(0.0, at(rows, 16).get(Metric.DISCOUNT_WEEKS_MISSED));
    }

    @Test
    void aBudgetThatRunsOutPartWayThroughAWeekRunsOutInThatWeek() {
        List<Harness.Row> rows = rows(plan("950", "      - {lever: advertising, weeks: 1-end, per_week: 100}\n"),
                "time.horizon_weeks=16");
        assertEquals(0.0, at(rows, 9).get(Metric.BUDGET_USED_UP_WEEK));
        assertEquals(10.0, at(rows, 10).get(Metric.BUDGET_USED_UP_WEEK));
        assertEquals(0.95, at(rows, 10).get(Metric.PLAN_CARRIED_OUT), 1e-12);
    }

    @Test
    void dailyTicksRunOutInTheSameWeek() {
        List<Harness.Row> rows = rows(plan("1000", "      - {lever: advertising, weeks: 1-end, per_week: 100}\n"),
                "time.horizon_weeks=16", "time.tick=day");
        assertEquals(10.0, rows.get(rows.size() - 1).get(Metric.BUDGET_USED_UP_WEEK));
    }

    @Test
    void aPlanWithoutACapIsCarriedOutInFull() {
        List<Harness.Row> rows = rows(plan(null, "      - {lever: advertising, weeks: 1-end, per_week: 100}\n"
                + "      - {lever: discount, weeks: 3-4, depth: 0.1}\n"), "time.horizon_weeks=16");
        Harness.Row last = rows.get(rows.size() - 1);
        assertEquals(1.0, last.get(Metric.PLAN_CARRIED_OUT));
        assertEquals(0.0, last.get(Metric.BUDGET_USED_UP_WEEK));
        assertEquals(0.0, last.get(Metric.DISCOUNT_WEEKS_MISSED));
        assertEquals(0.0, last.get(Metric.DISCOUNT_WINDOWS_MISSED));
    }

    @Test
    void discountWindowsAfterTheMoneyRanOutDoNotRun() {
        // Advertising takes 245 a week in weeks 1-4 of a budget of 980, the little discounts the rest:
        // the money is gone in week 4, so the windows of weeks 1 and 3 run and those of 5-11 do not.
        StringBuilder lines = new StringBuilder("      - {lever: advertising, weeks: 1-4, per_week: 245}\n");
        for (int w = 1; w <= 11; w += 2) {
            lines.append("      - {lever: discount, weeks: ").append(w).append('-').append(w).append(", depth: 0.01}\n");
        }
        List<Harness.Row> rows = rows(plan("980", lines.toString()), "time.horizon_weeks=16");
        assertEquals(0.0, at(rows, 3).get(Metric.DISCOUNT_WINDOWS_MISSED));
        Harness.Row last = rows.get(rows.size() - 1);
        assertEquals(4.0, last.get(Metric.DISCOUNT_WINDOWS_MISSED));
        assertEquals(4.0, last.get(Metric.DISCOUNT_WEEKS_MISSED));
        assertEquals(4.0, last.get(Metric.BUDGET_USED_UP_WEEK));
    }
}
