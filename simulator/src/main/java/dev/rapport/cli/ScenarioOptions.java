package dev.rapport.cli;

import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The scenario file and the ways to override its values, shared by the commands that load one. */
final class ScenarioOptions {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file (see `rapport list`).")
    Path file;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override a scenario value by its key path, e.g. population.size=5000 or "
                    + "strategies[invest].budget=1e6. Repeatable.")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--replications", paramLabel = "N", description = "Replications per strategy (overrides the scenario).")
    Integer replications;

    @Option(names = "--seed", paramLabel = "S", description = "Master random seed (overrides the scenario).")
    Long seed;

    List<String> allOverrides() {
        List<String> all = new ArrayList<>(overrides);
        if (replications != null) {
            all.add("replications=" + replications);
        }
        if (seed != null) {
            all.add("seed=" + seed);
        }
        return all;
    }

    LoadedScenario load() {
        return load(allOverrides());
    }

    /** Loads the scenario with the given overrides instead of those on the command line (a resumed run's). */
    LoadedScenario load(List<String> overrides) {
        return new ScenarioLoader(Metric.names()).load(file, overrides);
    }
}
