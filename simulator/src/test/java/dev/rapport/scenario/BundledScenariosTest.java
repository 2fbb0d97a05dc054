package dev.rapport.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.model.MarketModel;
import dev.rapport.model.Metric;
import dev.rapport.model.RunSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario in the repository's scenarios/ folder and its subfolders validates and runs (shortened). */
class BundledScenariosTest {
    static Stream<Path> scenarios() throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("..", "scenarios"))) {
            List<Path> files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertFalse(files.isEmpty(), "scenarios/ holds scenarios");
            return files.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void validatesAndRunsShortened(Path file) {
        LoadedScenario full = new ScenarioLoader(Metric.names()).load(file, List.of());
        double horizon = Math.min(full.scenario().time().horizonWeeks(), 8);
        // Validation scenarios hold up to 200,000 consumers in ticks of 0.01 weeks: smaller here.
        int size = Math.min(full.scenario().population().size(), 5000);
        List<String> shorter = List.of("time.horizon_weeks=" + horizon, "replications=1", "outputs.checkpoints_weeks=[]",
                "population.size=" + size);
        LoadedScenario loaded = new ScenarioLoader(Metric.names()).load(file, shorter);
        for (StrategySpec strategy : loaded.scenario().effectiveStrategies()) {
            int[] rows = {0};
            new MarketModel(new RunSpec(loaded.scenario(), loaded.edges(), strategy, 0), (t, w, b, v) -> rows[0]++)
                    .runToHorizon();
            assertTrue(rows[0] > 0, file + " strategy " + strategy.name() + " recorded nothing");
        }
    }
}
