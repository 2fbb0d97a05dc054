package dev.rapport.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.model.Metric;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Money keys take 150k and 1.2M in the file and in --set, exactly, and refuse other suffixes where they stand. */
class MoneyAmountsTest {
    private static final String YAML = """
            name: m
            brands:
              - {name: acme, price: 1.5k, budget: 2.5M}
            mechanisms:
              advertising: {cost_per_thousand: 0.012k}
            events:
              - {type: crisis, brand: acme, week: 10, response_cost: 20k}
            strategies:
              - name: s
                budget: 150k
                plan:
                  - {lever: advertising, weeks: 1-10, per_week: 1.2k}
                  - {lever: community, weeks: 1-10, per_month: 3K}
            """;

    private static LoadedScenario load(String yaml, String... overrides) {
        return new ScenarioLoader(Metric.names()).load(yaml.getBytes(StandardCharsets.UTF_8), "m.yaml", null, List.of(overrides));
    }

    @Test
    void suffixedMoneyInTheFileIsTheExactNumber() {
        Scenario s = load(YAML).scenario();
        StrategySpec st = s.strategies().get(0);
        assertEquals(150000.0, st.budget());
        assertEquals(1200.0, ((LeverSpec.Money) st.plan().get(0)).perWeek());
        assertEquals(3000.0, ((LeverSpec.Money) st.plan().get(1)).perMonth());
        assertEquals(1500.0, s.brands().get(0).price());
        assertEquals(2500000.0, s.brands().get(0).budget());
        assertEquals(12.0, s.mechanisms().advertising().costPerThousand());
        assertEquals(20000.0, ((EventSpec.Crisis) s.events().get(0)).responseCost());
    }

    @Test
    void suffixedMoneyInSetIsTheExactNumber() {
        Scenario s = load(YAML, "strategies[s].budget=1.2M", "strategies[s].plan[0].per_week=150k").scenario();
        assertEquals(1200000.0, s.strategies().get(0).budget());
        assertEquals(150000.0, ((LeverSpec.Money) s.strategies().get(0).plan().get(0)).perWeek());
        // Read exactly as a decimal: the double 1.001 times a million is 1000999.9999999999.
        assertEquals(1001000.0, load(YAML, "strategies[s].budget=1.001M").scenario().strategies().get(0).budget());
    }

    @Test
    void anAmbiguousSuffixIsRefusedWhereItStandsWithAHint() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> load(YAML.replace("budget: 150k", "budget: 150m")));
        ScenarioProblem p = e.problems().get(0);
        assertEquals(ScenarioProblem.Code.WRONG_TYPE, p.code());
        assertEquals("strategies[0].budget", p.path());
        assertEquals(10, p.location().line());
        assertEquals(13, p.location().column());
        assertTrue(p.suggestion().contains("write M for million"), p.suggestion());

        ScenarioException set = assertThrows(ScenarioException.class, () -> load(YAML, "strategies[s].budget=5m"));
        assertTrue(set.problems().get(0).location().source().startsWith("--set"), set.getMessage());
        assertTrue(set.problems().get(0).suggestion().contains("M for million"));
    }

    @Test
    void onlyMoneyKeysTakeSuffixes() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> load(YAML, "population.size=10k"));
        assertEquals(ScenarioProblem.Code.WRONG_TYPE, e.problems().get(0).code());
    }
}
