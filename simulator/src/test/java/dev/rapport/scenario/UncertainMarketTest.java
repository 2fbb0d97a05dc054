package dev.rapport.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.model.Metric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A replication's scenario is the scenario itself with the drawn values set and nothing else
 * changed: written out and bound again, every bundled scenario comes back equal.
 */
class UncertainMarketTest {
    static Stream<Path> bundled() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("..", "scenarios"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundled")
    void aScenarioWithItsValuesSetIsTheScenarioWithThoseValues(Path file) {
        Scenario s = new ScenarioLoader(Metric.names()).load(file, List.of()).scenario();
        assertEquals(s, new UncertainMarket(s).with(new double[0]), "nothing drawn, nothing changed");

        Scenario uncertain = new ScenarioLoader(Metric.names()).load(file, List.of(
                "uncertain=[{path: mechanisms.advertising.persuasion_rate, distribution: uniform, low: 0.001, high: 0.05}]"))
                .scenario();
        Scenario drawn = new UncertainMarket(uncertain).with(new double[] {0.0123});
        assertEquals(0.0123, drawn.mechanisms().advertising().persuasionRate());
        // Everything else as it was.
        assertEquals(uncertain.brands(), drawn.brands());
        assertEquals(uncertain.strategies(), drawn.strategies());
        assertEquals(uncertain.population(), drawn.population());
        assertEquals(uncertain.network(), drawn.network());
        assertEquals(uncertain.mechanisms().wordOfMouth(), drawn.mechanisms().wordOfMouth());
    }
}
