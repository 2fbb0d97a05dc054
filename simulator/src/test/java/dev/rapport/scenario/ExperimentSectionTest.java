package dev.rapport.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.model.Metric;
import dev.rapport.scenario.bind.TreeWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The experiment: section binds, defaults, refuses bad values, round-trips and is documented. */
class ExperimentSectionTest {
    private static final Path FLAGSHIP = Path.of("..", "scenarios", "spend-vs-invest.yaml");
    private static final String SECTION = """

            experiment:
              sweep:
                design: latin_hypercube
                points: 12
                replications: 4
                parameters:
                  - {path: market.potential, low: 0.3, high: 0.7}
                  - path: "strategies[invest].budget"
                    low: 600000
                    high: 1800000
                    levels: 5
            """;

    private static LoadedScenario load(String extra) throws IOException {
        byte[] text = (Files.readString(FLAGSHIP) + extra).getBytes(StandardCharsets.UTF_8);
        return new ScenarioLoader(Metric.names()).load(text, "flagship+experiment.yaml", FLAGSHIP, List.of());
    }

    @Test
    void theSectionBindsWithItsDefaultsFilledIn() throws IOException {
        SweepSpec sweep = load(SECTION).scenario().experiment().sweep();
        assertEquals(SweepSpec.Design.LATIN_HYPERCUBE, sweep.design());
        assertEquals(12, sweep.points());
        assertEquals(4, sweep.replications());
        assertEquals(List.of(new SweptParameter("market.potential", 0.3, 0.7, 3),
                new SweptParameter("strategies[invest].budget", 600000, 1800000, 5)), sweep.parameters());

        SweepSpec none = load("").scenario().experiment().sweep();
        assertEquals(SweepSpec.Design.GRID, none.design());
        assertEquals(16, none.points());
        assertNull(none.replications(), "the scenario's own replications");
        assertEquals(List.of(), none.parameters());
    }

    @Test
    void theSectionRoundTripsThroughTheLoader() throws IOException {
        LoadedScenario first = load(SECTION);
        JsonNode tree = TreeWriter.write(first.scenario());
        // Keys left unset are written as null; the loader reads a missing key as its default.
        dropNulls(tree);
        byte[] written = tree.toString().getBytes(StandardCharsets.UTF_8);
        Scenario again = new ScenarioLoader(Metric.names()).load(written, "scenario.json", FLAGSHIP, List.of()).scenario();
        assertEquals(first.scenario().experiment(), again.experiment());
        assertEquals(first.scenario(), again);
    }

    private static void dropNulls(JsonNode node) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isNull()) {
                    it.remove();
                } else {
                    dropNulls(e.getValue());
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(ExperimentSectionTest::dropNulls);
        }
    }

    @Test
    void badValuesAreRefusedAtTheirLine() throws IOException {
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class, () -> load("""

                experiment:
                  sweep:
                    design: factorial
                    parameters:
                      - {path: market.potential, low: 0.7, high: 0.3}
                      - {low: 1, high: 2, levels: 0}
                """));
        List<ScenarioProblem.Code> codes = e.problems().stream().map(ScenarioProblem::code).toList();
        assertTrue(codes.contains(ScenarioProblem.Code.WRONG_TYPE), "design: factorial: " + codes);
        assertTrue(codes.contains(ScenarioProblem.Code.INVALID), "high below low: " + codes);
        assertTrue(codes.contains(ScenarioProblem.Code.MISSING_KEY), "no path: " + codes);
        assertTrue(codes.contains(ScenarioProblem.Code.OUT_OF_RANGE), "levels 0: " + codes);
        assertTrue(e.problems().stream().allMatch(p -> p.location().line() > 0), "each at its line: " + e.getMessage());
    }

    @Test
    void everyKeyIsInTheScenarioReference() throws IOException {
        String reference = Files.readString(Path.of("..", "docs", "scenario-reference.md"));
        assertTrue(reference.contains("## `experiment.sweep`"));
        assertTrue(reference.contains("## `experiment.sweep.parameters[]`"));
        for (String key : List.of("`design`", "`points`", "`replications`", "`parameters`", "`path`", "`low`", "`high`",
                "`levels`")) {
            assertTrue(reference.contains("| " + key + " |"), key);
        }
    }
}
