package dev.rapport.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.model.Metric;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Warnings about plans that are valid but over budget, past the horizon or shouting; budget shares checked. */
class PlanWarningsTest {
    private static final String BASE = """
            name: plans
            time: {horizon_weeks: 20, tick: week}
            population: {size: 500}
            brands:
              - {name: acme}
            strategies:
              - name: s
                budget: 1000
                plan:
                  - {lever: value_delivery, weeks: 1-end, per_week: 100}
            """;

    private static LoadedScenario load(String yaml, String... overrides) {
        return new ScenarioLoader(Metric.names()).load(yaml.getBytes(StandardCharsets.UTF_8), "p.yaml", null, List.of(overrides));
    }

    private static List<ScenarioWarning> warnings(String yaml, String... overrides) {
        return load(yaml, overrides).warnings();
    }

    @Test
    void anOverspendSaysByHowMuchAndTheWeekTheMoneyRunsOut() {
        // 100 a week from week 1 against 1000: the money is gone at the end of week 10; the plan wants 2000.
        List<ScenarioWarning> w = warnings(BASE);
        assertEquals(1, w.size(), w.toString());
        ScenarioWarning over = w.get(0);
        assertEquals(ScenarioWarning.Code.OVERSPEND, over.code());
        assertEquals("strategies[0].budget", over.path());
        assertEquals(8, over.location().line());
        assertTrue(over.message().contains("plans to spend 2000 by the horizon, 1000 more than its budget of 1000"), over.message());
        assertTrue(over.message().contains("runs out in week 10 of 20"), over.message());
    }

    @Test
    void theWeekDoesNotDependOnTheTick() {
        assertTrue(warnings(BASE, "time.tick=day").get(0).message().contains("runs out in week 10 of 20"));
        // From week 5 on at 100 a week, 1000 lasts weeks 5 to 14.
        String late = BASE.replace("weeks: 1-end", "weeks: 5-end");
        assertTrue(warnings(late).get(0).message().contains("runs out in week 14 of 20"), warnings(late).toString());
    }

    @Test
    void aPlanThatFitsItsBudgetIsNotWarnedOf() {
        assertEquals(List.of(), warnings(BASE.replace("budget: 1000", "budget: 2000")));
        assertEquals(List.of(), warnings(BASE.replace("    budget: 1000\n", "")), "no budget, no cap");
        assertEquals(List.of(), warnings(BASE.replace("per_week: 100", "budget_share: 1")));
        // A switched-off lever costs nothing in the model, so nothing is planned for it.
        assertEquals(List.of(), warnings(BASE, "mechanisms.value_delivery.enabled=false"));
    }

    @Test
    void weeksPastTheHorizonAreAWarningNotAnError() {
        String past = BASE.replace("budget: 1000", "budget: 5000").replace("weeks: 1-end", "weeks: 15-30");
        List<ScenarioWarning> w = warnings(past);
        assertEquals(1, w.size(), w.toString());
        assertEquals(ScenarioWarning.Code.PAST_HORIZON, w.get(0).code());
        assertEquals("strategies[0].plan[0].weeks", w.get(0).path());
        assertTrue(w.get(0).message().contains("weeks 21-30 never come"), w.get(0).message());
        assertTrue(w.get(0).hint().contains("15-end"));
        // A shortened run of a longer plan is meant: no warning.
        assertEquals(List.of(), warnings(past, "time.horizon_weeks=10"));
        // A line that starts after the horizon never runs at all: still an error.
        assertThrows(ScenarioException.class, () -> load(BASE.replace("weeks: 1-end", "weeks: 25-30")));
    }

    @Test
    void shoutingIsPressurePerPersonOfTheMarket() {
        // 300 a week at 10 per thousand is 30000 impressions: 60 per person of 500, 3 per person of 10000.
        String ads = BASE.replace("    budget: 1000\n", "").replace("lever: value_delivery", "lever: advertising")
                .replace("per_week: 100", "per_week: 300");
        List<ScenarioWarning> loud = warnings(ads);
        assertEquals(1, loud.size(), loud.toString());
        assertEquals(ScenarioWarning.Code.SHOUTING, loud.get(0).code());
        assertEquals("strategies[0].plan[0]", loud.get(0).path());
        assertTrue(loud.get(0).message().contains("60 impressions per person a week (in weeks 1-20)"), loud.get(0).message());
        assertTrue(loud.get(0).hint().contains("at most 20 a week"), loud.get(0).hint());
        assertEquals(List.of(), warnings(ads, "market.size=10000"));
        assertEquals(List.of(), warnings(ads, "mechanisms.advertising.shouting_threshold=60"));
    }

    @Test
    void budgetSharesNeedABudgetSumToAtMostOneAndStandAlone() {
        ScenarioException noBudget = assertThrows(ScenarioException.class,
                () -> load(BASE.replace("    budget: 1000\n", "").replace("per_week: 100", "budget_share: 0.5")));
        assertEquals("strategies[0].plan[0].budget_share", noBudget.problems().get(0).path());
        String two = BASE.replace("per_week: 100}", "budget_share: 0.6}\n      - {lever: community, budget_share: 0.5}");
        ScenarioException over = assertThrows(ScenarioException.class, () -> load(two));
        assertEquals("strategies[0].plan", over.problems().get(0).path());
        assertTrue(over.problems().get(0).found().contains("1.1"), over.getMessage());
        ScenarioException both = assertThrows(ScenarioException.class,
                () -> load(BASE.replace("per_week: 100", "per_week: 100, budget_share: 0.5")));
        assertEquals(ScenarioProblem.Code.INVALID, both.problems().get(0).code());
        // Listening's share is the share of criticisms answered, not of the budget.
        load(BASE.replace("lever: value_delivery", "lever: listening").replace("per_week: 100", "share: 0.9, budget_share: 0.5"));
    }

    @Test
    void aBudgetShareSpendsItsShareEvenlyOverTheWeeksItRuns() {
        String share = BASE.replace("weeks: 1-end, per_week: 100", "weeks: 1-8, budget_share: 0.4");
        LeverSpec.Money line = (LeverSpec.Money) load(share).scenario().strategies().get(0).plan().get(0);
        TimeSpec time = load(share).scenario().time();
        assertEquals(50.0, line.weeklySpend(1000.0, time), 1e-12); // 400 over 8 weeks
        // With two-week ticks, weeks 1-3 are played by the one tick ending at week 2 (the next ends at week 4, past 3).
        TimeSpec twoWeeks = load(share, "time.tick=2", "outputs.every_weeks=2").scenario().time();
        LeverSpec.Money odd = (LeverSpec.Money) load(share.replace("1-8", "1-3"), "time.tick=2", "outputs.every_weeks=2").scenario()
                .strategies().get(0).plan().get(0);
        assertEquals(200.0, odd.weeklySpend(1000.0, twoWeeks), 1e-12);
    }
}
