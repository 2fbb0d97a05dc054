package dev.rapport.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.model.Metric;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whole-number keys (seeds above all) are read exactly from their text, in YAML and in
 * {@code --set}: a seed beyond 2^53 is not rounded to a neighbour that gives the same series, and
 * every seed up to the largest {@code long} is accepted.
 */
class ExactIntegersTest {
    private static final String MINIMAL = "name: m\nbrands:\n  - name: acme\n";

    private static Scenario load(String yaml, String... overrides) {
        return new ScenarioLoader(Metric.names()).load(yaml.getBytes(StandardCharsets.UTF_8), "m.yaml", null,
                List.of(overrides)).scenario();
    }

    private static ScenarioProblem refused(String yaml, String... overrides) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> load(yaml, overrides));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void d6_aSeedAbove2To53IsKeptExactly() {
        assertEquals(9007199254740993L, load(MINIMAL + "seed: 9007199254740993\n").seed());
        assertEquals(9007199254740993L, load(MINIMAL, "seed=9007199254740993").seed());
    }

    @Test
    void d6_seedsFrom1e17UpToTheLargestLongAreAccepted() {
        assertEquals(100000000000000001L, load(MINIMAL + "seed: 100000000000000001\n").seed());
        assertEquals(Long.MAX_VALUE, load(MINIMAL + "seed: 9223372036854775807\n").seed());
        assertEquals(Long.MAX_VALUE, load(MINIMAL, "seed=9223372036854775807").seed());
        assertEquals(100000000000000000L, load(MINIMAL + "seed: 1e17\n").seed());
    }

    @Test
    void d6_aSeedPastTheLargestLongIsRefusedWithTheRange() {
        ScenarioProblem p = refused(MINIMAL + "seed: 9223372036854775808\n");
        assertEquals("seed", p.path());
        assertTrue(p.expected().contains("9223372036854775807"), p.format());
        ScenarioProblem q = refused(MINIMAL, "seed=1e19");
        assertTrue(q.expected().contains("9223372036854775807"), q.format());
    }

    @Test
    void d6_wholeNumbersInExponentFormStillWorkWhenExact() {
        assertEquals(1000, load(MINIMAL + "population:\n  size: 1e3\n").population().size());
        assertEquals(1500, load(MINIMAL, "population.size=1.5e3").population().size());
        assertEquals(2000, load(MINIMAL, "population.size=2000.0").population().size());
        assertEquals(ScenarioProblem.Code.WRONG_TYPE, refused(MINIMAL, "population.size=1.0001e3").code());
        assertEquals(ScenarioProblem.Code.WRONG_TYPE, refused(MINIMAL, "seed=9007199254740993.5").code());
    }
}
