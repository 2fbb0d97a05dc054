package dev.rapport.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rapport.scenario.LeverSpec;
import dev.rapport.scenario.Scenario;
import dev.rapport.scenario.StrategySpec;
import dev.rapport.scenario.WeekRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cutting a plan at week T: what runs before T is what the planned run does, nothing runs after. */
class SwitchOffPlanTest {
    private static Scenario scenario(String strategies) {
        return SwitchOffTest.load(SwitchOffTest.market(20, 1) + strategies).scenario();
    }

    @Test
    void linesEndAtTLinesAfterTGoAndSharesKeepTheirWeeklySpend() {
        Scenario s = scenario("""
                strategies:
                  - name: a
                    budget: 2000
                    plan:
                      - {lever: advertising, weeks: all, budget_share: 0.5}
                      - {lever: community, weeks: 3-6, per_month: 130}
                      - {lever: listening, weeks: 2-12, per_week: 10, share: 0.7}
                      - {lever: discount, weeks: 5-15, depth: 0.1}
                      - {lever: value_delivery, weeks: 11-end, per_week: 40}
                """);
        StrategySpec a = s.strategies().get(0);
        StrategySpec cut = SwitchOffPlan.cut(a, 8, s.time());
        assertEquals("a-off", cut.name());
        assertEquals(a.budget(), cut.budget());
        assertEquals(4, cut.plan().size(), "the line from week 11 never runs");
        LeverSpec.Advertising ad = (LeverSpec.Advertising) cut.plan().get(0);
        assertEquals(new WeekRange(1, 8), ad.weeks());
        assertEquals(2000 * 0.5 / 20, ad.perWeek(), 0, "the share's weekly spend over the planned 20 weeks, not 8");
        assertEquals(a.plan().get(1), cut.plan().get(1), "ends before T: unchanged");
        LeverSpec.Listening l = (LeverSpec.Listening) cut.plan().get(2);
        assertEquals(new WeekRange(2, 8), l.weeks());
        assertEquals(0.7, l.share(), 0);
        assertEquals(10, l.perWeek(), 0);
        assertEquals(new LeverSpec.Discount(new WeekRange(5, 8), 0.1), cut.plan().get(3));
    }

    @Test
    void aStrategyWithNothingAfterTIsItsOwnSwitchedOffRunAndTheBaselineIsRunOnce() {
        Scenario s = scenario("""
                strategies:
                  - name: early
                    plan:
                      - {lever: advertising, weeks: 1-5, per_week: 100}
                  - name: late
                    plan:
                      - {lever: advertising, weeks: all, per_week: 100}
                outputs: {baseline: false}
                """);
        SwitchOffPlan plan = new SwitchOffPlan(s, 8);
        assertEquals(List.of("early", "late"), plan.strategies().stream().map(StrategySpec::name).toList());
        assertEquals("early", plan.offName(plan.strategies().get(0)));
        assertEquals("late-off", plan.offName(plan.strategies().get(1)));
        assertEquals(List.of("early", "late", "late-off", Scenario.BASELINE),
                plan.derived().effectiveStrategies().stream().map(StrategySpec::name).toList(),
                "the baseline runs even when the scenario turns it off");
        assertEquals(List.of(8.0), plan.derived().outputs().checkpointsWeeks());
    }

    @Test
    void aNameTakenByAnotherStrategyIsRefused() {
        Scenario s = scenario("""
                strategies:
                  - name: a
                    plan: [{lever: advertising, weeks: all, per_week: 100}]
                  - name: a-off
                    plan: []
                """);
        assertThrows(ExperimentInputException.class, () -> new SwitchOffPlan(s, 8));
    }
}
