package dev.rapport.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.model.Metric;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Binding: defaults, overrides by path, and located problems with codes. */
class BinderTest {
    private static final String MINIMAL = "name: m\nbrands:\n  - name: acme\n";

    private static LoadedScenario load(String yaml, String... overrides) {
        return new ScenarioLoader(Metric.names()).load(yaml.getBytes(StandardCharsets.UTF_8), "m.yaml", null, List.of(overrides));
    }

    private static ScenarioException fail(String yaml, String... overrides) {
        return assertThrows(ScenarioException.class, () -> load(yaml, overrides));
    }

    @Test
    void aMinimalScenarioGetsEveryDefault() {
        Scenario s = load(MINIMAL).scenario();
        assertEquals(10000, s.population().size());
        assertEquals(156, s.time().horizonWeeks());
        assertEquals(1.0, s.time().tick().weeks());
        assertTrue(s.network() instanceof NetworkSpec.WattsStrogatz);
        assertEquals(0.8, s.brands().get(0).quality());
        assertTrue(s.mechanisms().trust().enabled());
        assertEquals("baseline", s.effectiveStrategies().get(0).name());
    }

    @Test
    void overridesReachAnyValueByPathOrName() {
        String yaml = MINIMAL + "strategies:\n  - name: invest\n    plan:\n      - {lever: advertising, per_week: 10}\n";
        Scenario s = load(yaml, "population.size=500", "strategies[invest].plan[0].per_week=25",
                "mechanisms.trust.enabled=false", "time.tick=day").scenario();
        assertEquals(500, s.population().size());
        assertEquals(25.0, ((LeverSpec.Advertising) s.strategies().get(0).plan().get(0)).perWeek());
        assertEquals(false, s.mechanisms().trust().enabled());
        assertEquals(1.0 / 7.0, s.time().tick().weeks());
    }

    @Test
    void badOverridesAreReportedAsOverrides() {
        ScenarioException e = fail(MINIMAL, "brands[3].price=1", "nonsense");
        assertEquals(2, e.problems().size());
        assertTrue(e.has(ScenarioProblem.Code.OVERRIDE));
        ScenarioException typo = fail(MINIMAL, "populaton.size=5");
        assertTrue(typo.has(ScenarioProblem.Code.UNKNOWN_KEY));
        assertTrue(typo.problems().get(0).suggestion().contains("population"));
    }

    @Test
    void moneyLeversTakeExactlyOneAmount() {
        ScenarioException e = fail(MINIMAL + "strategies:\n  - name: s\n    plan:\n      - {lever: advertising, per_week: 1, per_month: 4}\n");
        assertTrue(e.has(ScenarioProblem.Code.INVALID));
        Scenario s = load(MINIMAL + "strategies:\n  - name: s\n    plan:\n      - {lever: community, per_month: 520}\n").scenario();
        assertEquals(120.0, ((LeverSpec.Money) s.strategies().get(0).plan().get(0)).weeklySpend(null, s.time()), 1e-9);
    }

    @Test
    void crossKeyChecksNameTheRightPath() {
        ScenarioException e = fail(MINIMAL + "strategies:\n  - name: s\n    brand: acmee\n    plan:\n      - {lever: discount, weeks: 200-210}\n"
                + "population:\n  segments:\n    - {name: a, share: 0.5}\n    - {name: b, share: 0.2}\n");
        assertTrue(e.problems().stream().anyMatch(p -> p.path().equals("strategies[0].brand") && p.suggestion().contains("acme")));
        assertTrue(e.problems().stream().anyMatch(p -> p.path().equals("strategies[0].plan[0].weeks")));
        assertTrue(e.problems().stream().anyMatch(p -> p.path().equals("population.segments") && p.found().contains("0.7")));
    }

    @Test
    void weekRangesParseAndContainTheirWeeks() {
        WeekRange r = WeekRange.parse("3-5");
        assertTrue(!r.contains(2.0) && r.contains(2.5) && r.contains(5.0) && !r.contains(5.5));
        assertEquals("13-end", WeekRange.parse("13-end").toYaml());
        assertEquals(156.0, WeekRange.all().weeksWithin(156));
        assertThrows(IllegalArgumentException.class, () -> WeekRange.parse("5-3"));
    }
}
